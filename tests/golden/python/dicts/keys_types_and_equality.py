# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {1: "int", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(d)
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
