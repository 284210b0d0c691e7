# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.5))
print(round(1.005, 2), round(0.045, 2), round(1234.5678, -2), round(-1234.5678, 1))
print(round(15, -1), round(25, -1), round(-35, -1), round(5, 2))
