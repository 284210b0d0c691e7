# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
names = set()
for n in ["w", "b", "w", "a"]:
    names.add(n)
print(sorted(names), len(names))
fs = frozenset([1, 2])
print(sorted(fs), 1 in fs)
