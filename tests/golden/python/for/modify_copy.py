# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
items = [1, 2, 3, 4]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
