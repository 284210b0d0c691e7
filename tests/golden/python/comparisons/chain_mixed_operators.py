# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a, b, c = 1, 2, 2
print(a < b == c, a < b != c, 1 in [1] == True, a is not b is not None)
print(0 < 1 < 2 < 3 < 4, 3 > 2 >= 2 > 1, 1 < 2 > 3)
