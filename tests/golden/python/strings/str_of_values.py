# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(str(1), str(1.5), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(repr([1, "a"]), repr(1.0), repr("s"))
