# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = b = 1
print(a, b)
x = y = z = []
x.append(1)
print(y, z)
p = q = "s"
print(p + q)
