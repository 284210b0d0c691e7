# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
name = "model/dense/kernel:0"
print(name.startswith("model/"), name.endswith(":0"), name.startswith("dense"))
print(name.startswith(("a", "m")), name.endswith((":1", ":0")))
print("abc".startswith("b", 1), "".startswith(""))
