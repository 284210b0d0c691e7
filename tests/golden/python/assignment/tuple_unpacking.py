# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "hi"
print(f, g)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
