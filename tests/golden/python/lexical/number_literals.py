# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(0x1F, 0o17, 0b101, 1_000_000)
print(1e3, 2.5e-3, .5, 5., 1E2)
print(0, 00, 7)
