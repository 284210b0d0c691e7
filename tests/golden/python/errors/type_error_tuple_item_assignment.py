# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
shape = (2, 3)
shape[0] = 4
