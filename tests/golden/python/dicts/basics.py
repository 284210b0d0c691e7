# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {"a": 1}
d["b"] = 2
d["a"] = 10
print(d, len(d), d["a"], "b" in d, "z" in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
