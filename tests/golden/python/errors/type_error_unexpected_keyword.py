# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b=1):
    pass
f(1, c=2)
