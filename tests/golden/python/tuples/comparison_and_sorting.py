# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), (1, 2) < (1, 2, 3))
