# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
xs = []
xs[0] = 1
