# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = [1, "two", 3.0, None, True, [4, (5,)], {"k": "v"}]
print(l)
l.append(l[:2])
print(l)
