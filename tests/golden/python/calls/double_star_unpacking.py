# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(name, shape, dtype="float32"):
    return name, shape, dtype
kw = {"shape": [2], "dtype": "int32"}
print(f("w", **kw))
print(f(**{"name": "b", "shape": []}))
print(f("x", *[[1]], **{"dtype": "bool"}))
def g(**kwargs):
    return sorted(kwargs.items())
print(g(**{"a": 1}, b=2, **{"c": 3}))
