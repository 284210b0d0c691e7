# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
data = {"name": "dense", "shape": (2, 3), "tags": ["a", "b"], "opts": {"bias": True, "init": None}}
print(data)
print([("a", 1), ("b", [2.5, "c"])])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t"), repr("nl\n"))
