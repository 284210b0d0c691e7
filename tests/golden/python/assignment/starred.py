# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
a, *mid, z = "abcde"
print(a, mid, z)
x, *y = [1]
print(x, y)
