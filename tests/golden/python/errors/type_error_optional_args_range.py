# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b=1):
    return a + b
f(1, 2, 3)
