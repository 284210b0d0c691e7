# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
from math import floor, ceil
print(floor(-0.5), ceil(-0.5))
