# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))
print("[" + "x".ljust(4) + "]", "[" + "x".rjust(4, ".") + "]")
