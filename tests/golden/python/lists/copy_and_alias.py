# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b.append(4)
b[1].append(9)
print(a, b, c, d)
