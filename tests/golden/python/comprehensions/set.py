# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(sorted({x % 3 for x in range(10)}))
print(sorted({c for c in "mississippi"}))
