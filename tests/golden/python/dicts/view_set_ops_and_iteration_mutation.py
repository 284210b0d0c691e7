# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
print({**d, "b": 20}, d | {"x": 0})
