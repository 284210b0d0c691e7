# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def g():
    yield 1
    yield 2
it = g()
for x in it:
    print(x)
print(next(it, "done"))
