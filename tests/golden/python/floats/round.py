# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(round(0.1 + 0.2, 2), round(2.345, 2), round(-1.5), round(1e16))
print(round(12.5), round(13.5), round(5.5, 0), round(-0.4))
print(round(123.456, -1), round(0.123456, 4))
