# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {"x": 1, "y": 2}
k = d.keys()
v = d.values()
i = d.items()
d["z"] = 3
print(k)
print(v)
print(i)
print(list(k), len(v), ("x", 1) in i, "y" in k)
