# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in range(3)
    print(i)
