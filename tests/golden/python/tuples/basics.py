# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
t = (1, "a", 2.5)
print(t, len(t), t[1], t.count(1), t.index(2.5))
print(tuple([1, 2]), tuple("ab"), tuple())
print((1, 2) + (3,), (0,) * 3)
single = 5,
print(single, type(single).__name__)
x, = single
print(x)
