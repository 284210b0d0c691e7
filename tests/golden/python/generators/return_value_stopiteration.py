# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
