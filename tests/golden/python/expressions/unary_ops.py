# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 7
print(-x, +x, ~x)
print(not x, not 0, not [])
print(-(-x))
print(-3.5, +2.5)
