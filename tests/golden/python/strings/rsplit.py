# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print("a/b/c".rsplit("/", 1))
print("scope/inner/w:0".rsplit("/", 1)[0])
print("a b c".rsplit(None, 1), "a b c".rsplit())
