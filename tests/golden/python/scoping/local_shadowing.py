# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = "global"
def f():
    x = "local"
    return x
print(f(), x)
def g():
    return x
print(g())
