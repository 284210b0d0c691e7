# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a, *b, *c = [1, 2, 3]
