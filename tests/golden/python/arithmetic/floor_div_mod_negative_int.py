# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
