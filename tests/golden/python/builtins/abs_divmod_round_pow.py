# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(abs(-3), divmod(9, 4), round(2.567, 1), pow(2, 8))
