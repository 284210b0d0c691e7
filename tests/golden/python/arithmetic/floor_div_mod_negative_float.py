# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5), (-0.0, 1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
