# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 6 / 3)
print(2 ** 10, 2 ** 0, (-2) ** 3)
print(10 - 20, -7 * 6)
