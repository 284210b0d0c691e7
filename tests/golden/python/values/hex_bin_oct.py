# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(hex(255), hex(-1), hex(0), bin(10), bin(-3), oct(8), oct(64))
print(ord("a"), ord("Z"), chr(97), chr(8364), ord("€"))
