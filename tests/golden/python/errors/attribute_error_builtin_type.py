# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
xs = [1, 2]
xs.push(3)
