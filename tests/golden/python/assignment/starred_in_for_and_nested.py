# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[x, [y, *z]] = [0, "pqr"]
print(x, y, z)
