# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
ord("ab")
