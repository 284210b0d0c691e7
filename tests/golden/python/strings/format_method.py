# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print("{}_{}".format("conv", 2))
print("{0}{0}".format("ab"))
print("{:>4}|{:<4}|".format(1, 2))
