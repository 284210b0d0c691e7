# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b):
    pass
f(1, a=2)
