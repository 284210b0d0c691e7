# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Model:
    def __init__(self, name):
        self.name = name
        self.layers = []
    def add(self, layer):
        self.layers.append(layer)
        return self
    def summary(self):
        return self.name + ": " + " -> ".join(self.layers)
m = Model("mlp").add("dense").add("relu").add("dense")
print(m.summary())
print(len(m.layers))
