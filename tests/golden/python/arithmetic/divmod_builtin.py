# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(17.0, 5), divmod(-1.5, 1))
