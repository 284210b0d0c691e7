# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "ab" + "cd"
print(s, s * 3, 3 * "-", len(s), "" * 5)
print("a" < "b" < "c", "abc" * 0 == "")
