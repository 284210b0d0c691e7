# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
f(x for x in range(3), 1)
