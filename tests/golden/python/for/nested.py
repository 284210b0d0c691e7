# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
