# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
found = None
i = 0
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    else:
        i += 1
        continue
    break
print(found)
