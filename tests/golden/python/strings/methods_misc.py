# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print("a-b-c".split("-")[::-1])
print("hello"[1:4].upper(), "x".join("ab").upper())
print("abcabc".removeprefix("abc"), "file.py".removesuffix(".py"))
