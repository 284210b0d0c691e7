# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= a, a >= {1}, {5}.isdisjoint(a), {1, 2}.issubset(a))
