# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 3.0)
print(True + True, True * 10, False - 1)
print(int(3.9), int(-3.9), float(3))
