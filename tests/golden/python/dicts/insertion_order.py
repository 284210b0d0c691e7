# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 9
print(d)
