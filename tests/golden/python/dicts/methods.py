# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("missing", "dflt"), d)
print(d.setdefault("c", 3), d.setdefault("b", 99), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["x"] = 0
print(len(d), len(e))
d.clear()
print(d)
print(dict.fromkeys(["a", "b"], 0))
