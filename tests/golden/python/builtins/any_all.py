# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
print(any("x"), all(x > 0 for x in [1, 2]))
