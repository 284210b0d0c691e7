# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    nonlocal q
