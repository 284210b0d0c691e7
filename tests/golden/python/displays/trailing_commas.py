# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = [1, 2,]
b = {"x": 1,}
c = (1,)
print(a, b, c, len(c))
