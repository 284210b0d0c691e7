# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
it = iter([1])
print(next(it))
next(it)
