# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
sq = lambda x: x * x
print(sq(5))
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, x=2))
