# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 1 € 2
