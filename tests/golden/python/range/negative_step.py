# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in range(5, 0, -2):
    print(i)
print(list(range(-3, 3)), list(range(3, -3, -1)))
