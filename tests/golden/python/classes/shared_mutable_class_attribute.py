# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Layer:
    registry = []
    def __init__(self, name):
        self.name = name
        self.registry.append(name)
a = Layer("a")
b = Layer("b")
print(Layer.registry, a.registry is b.registry)
a.registry = ["own"]
print(a.registry, b.registry, Layer.registry)
