# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Layer:
    pass
l = Layer()
print(type(l).__name__, Layer.__name__)
print(type(l) is Layer, isinstance(l, Layer))
print(type(3), type("s"), type(None), type([]))
