# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = slice(1, 4)
print("abcdef"[s], [0, 1, 2, 3, 4][s])
print(slice(None, None, -1).step)
