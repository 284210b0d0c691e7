# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = 1; b = 2; print(a + b)
x = 5; y = x * 2;
print(y)
