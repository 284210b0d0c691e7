# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    global never_set
    return never_set
f()
