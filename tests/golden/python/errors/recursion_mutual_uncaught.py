# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def even(n):
    return odd(n + 1)
def odd(n):
    return even(n + 1)
even(0)
