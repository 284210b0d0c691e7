# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 2.0 ** 3, (-8) ** 2)
print(pow(2, 5), pow(3, 4, 5), pow(2, 62))
