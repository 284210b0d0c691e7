# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 2.5
print(f"{x:d}")
