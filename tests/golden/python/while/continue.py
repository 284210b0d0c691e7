# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    total += i
print(total)
