# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(int("0x1f", 16), int("-0b11", 0), int("0o17", 0), int("  +42  "), int("1_0", 0))
print(int("Z", 36), int("10", 2), int("-ff", 16), int(-7.9), int("007"))
