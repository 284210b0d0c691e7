# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
