# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1 / 3, 2 / 3, 10 / 4, 9 / 3, -1 / 4)
print(1 / 8, 7 / 7, 1 / 1000)
