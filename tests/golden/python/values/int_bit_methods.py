# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print((255).bit_length(), (0).bit_length(), (-5).bit_length())
print((10).real, (3.5).real)
