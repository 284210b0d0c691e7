# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = [0, 1, 2, 3, 4, 5]
l[1:3] = ["a", "b", "c"]
print(l)
l[:2] = []
print(l)
l[::2] = [9, 9, 9]
print(l)
del l[::2]
print(l)
