# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
n = 5
n[0]
