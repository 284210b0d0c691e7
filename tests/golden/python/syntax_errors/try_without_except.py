# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    x = 1
print(x)
