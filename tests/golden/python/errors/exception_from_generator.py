# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def g():
    yield 1
    raise IndexError("generator failed")
for x in g():
    print(x)
