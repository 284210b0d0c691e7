# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = {1, 2}
s.remove(9)
