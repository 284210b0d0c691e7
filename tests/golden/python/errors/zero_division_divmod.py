# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
divmod(1, 0)
