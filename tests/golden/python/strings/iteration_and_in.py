# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for ch in "tf":
    print(ch)
print(list("abc"), "b" in "abc", sorted("cba"), "".join(reversed("abc")))
