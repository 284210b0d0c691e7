# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
sizes = [32, 64, 10]
print({"layer%d" % i: s for i, s in enumerate(sizes)})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({x: x ** 2 for x in range(4)})
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
