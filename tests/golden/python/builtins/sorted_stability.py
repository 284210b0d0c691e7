# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
records = [("b", 1), ("a", 2), ("b", 0), ("a", 1), ("c", 2)]
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([3, -1, 2, -3], key=abs), sorted(["B", "a", "C"], key=str.lower, reverse=True))
