# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
values = [1, 2, 3
