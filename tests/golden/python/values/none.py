# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = None
print(x, repr(x), str(x), x is None, type(x).__name__)
def f():
    return
print(f() is None, [None, None], {None: 1})
