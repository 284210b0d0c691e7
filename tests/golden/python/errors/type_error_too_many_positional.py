# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b):
    return a
f(1, 2, 3)
