# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "scope"
s[0] = "S"
