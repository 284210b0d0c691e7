# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, type(a) is list)
x = None
print(x is None, x is not None)
