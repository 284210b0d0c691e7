# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
names = ["w", "b"]
shapes = [(2, 3), (3,)]
for i, (n, s) in enumerate(zip(names, shapes)):
    print(i, n, s)
print(list(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
