# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def g():
    yield 1
    next(iter([]))
print(list(g()))
