# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(max(pairs, key=lambda p: p[1]))
