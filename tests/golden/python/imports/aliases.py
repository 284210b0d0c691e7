# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
import math as m
from math import sqrt, pi as PI
print(m.sqrt(9), sqrt(25), PI == m.pi)
import numpy as np
import numpy
print("numpy imported")
