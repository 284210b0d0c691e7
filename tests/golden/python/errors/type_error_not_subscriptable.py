# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
v = None
v[0]
