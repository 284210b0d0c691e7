# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = [1, 2, 3, 4]
l[::2] = [1, 2, 3]
