# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 1
if x = 1:
    pass
