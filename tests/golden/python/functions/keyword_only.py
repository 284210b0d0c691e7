# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, *, scale=1, name):
    return a * scale, name
print(f(2, name="x"))
print(f(2, scale=3, name="y"))
def g(*, key):
    return key
print(g(key="k"))
