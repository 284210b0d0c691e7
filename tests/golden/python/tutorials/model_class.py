# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Dense:
    def __init__(self, units, activation=None, name=None):
        self.units = units
        self.activation = activation
        self.name = name or "dense"
    def __repr__(self):
        act = self.activation or "linear"
        return "Dense(%d, %s, name=%r)" % (self.units, act, self.name)
class Sequential:
    def __init__(self, layers=None, name="sequential"):
        self.name = name
        self.layers = list(layers or [])
        self._counts = {}
    def add(self, layer):
        n = self._counts.get(layer.name, 0)
        self._counts[layer.name] = n + 1
        if n:
            layer.name = "%s_%d" % (layer.name, n)
        self.layers.append(layer)
    def variable_names(self):
        out = []
        for layer in self.layers:
            for v in ("kernel", "bias"):
                out.append("%s/%s/%s:0" % (self.name, layer.name, v))
        return out
model = Sequential()
model.add(Dense(64, "relu"))
model.add(Dense(64, "relu"))
model.add(Dense(10))
print(model.layers)
for n in model.variable_names():
    print(n)
