# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", ">3"), format(1e-7))
print(format(10), format(2.5), format(True))
