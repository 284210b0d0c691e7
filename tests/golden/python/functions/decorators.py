# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def times(n):
    def deco(fn):
        def w(x):
            return fn(x) * n
        return w
    return deco
@times(3)
def ident(x):
    return x
print(ident(5))
