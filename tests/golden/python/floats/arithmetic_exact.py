# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(0.5 + 0.25, 1.5 * 4, 10 / 8, 2.0 ** 10, 7.5 // 2)
print(1e308 * 10, -1e308 * 10)
print(sum([0.1] * 10), 0.1 * 10)
import math
print(math.sqrt(2) ** 2, math.sqrt(0.25))
