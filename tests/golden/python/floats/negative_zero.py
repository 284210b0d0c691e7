# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
z = -0.0
print(z, 0.0 == -0.0, repr(z), -z, abs(z))
print(0.0 * -1, -0.0 + 0.0, str(-0.0))
