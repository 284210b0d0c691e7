# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1 < 1.5, 2.0 > 1, 3 == 3.0, 0.1 + 0.2 == 0.3)
print(float("inf") > 10 ** 18, float("nan") == float("nan"))
print(max(1, 2.5), min(3, 2.0, 2))
