# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(not True, not False, not None, not "", not "x", not 0.0)
print(not 1 == 1, (not 1) == 1)
