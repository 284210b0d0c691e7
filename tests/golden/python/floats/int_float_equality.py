# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1.0 == 1, {1: "a"}[1.0], 2.0 in [1, 2], int(2.0) is not None)
print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1.0)
