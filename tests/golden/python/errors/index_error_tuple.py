# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
t = (1,)
t[5]
