# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
[1, 2].pop(5)
