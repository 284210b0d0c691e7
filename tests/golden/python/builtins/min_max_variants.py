# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(min(4, 2, 8), max("apple", "pear", key=len), min([(2, "b"), (1, "z")]))
print(max([], default=None), min((x for x in [5, 3]), default=0), max(1, 1.0), max(1.0, 1))
print(max([1, 3, 3], key=lambda v: v % 3), min("bca"))
