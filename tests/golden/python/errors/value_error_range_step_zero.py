# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
range(0, 10, 0)
