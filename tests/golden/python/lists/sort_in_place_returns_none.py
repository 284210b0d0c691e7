# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = [3, 1, 2]
r = l.sort()
print(r, l, l.reverse(), l, l.append(0), l)
