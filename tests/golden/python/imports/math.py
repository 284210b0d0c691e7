# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
import math
print(math.pi)
print(math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.inf, -math.inf)
print(math.isnan(float("nan")), math.isinf(math.inf))
print(math.gcd(12, 18))
