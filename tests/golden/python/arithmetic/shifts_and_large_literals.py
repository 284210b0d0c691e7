# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1 << 62, (1 << 62) >> 61, -(1 << 62) >> 60)
print(0x7FFFFFFFFFFFFFFF, -0x7FFFFFFFFFFFFFFF - 1)
print(hex(2 ** 62), oct(-8), bin(0), bin(2 ** 40))
