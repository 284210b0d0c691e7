# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(ord("A"), chr(66), hex(4096), bin(5), oct(9))
print([chr(ord("a") + i) for i in range(5)])
