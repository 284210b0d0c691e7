# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print("2" ** 2)
