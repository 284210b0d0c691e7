# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
xs = [1, 2, 3]
xs[3]
