# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(n):
    return f(n + 1)
f(0)
