# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Dense:
    def __init__(self, units):
        self.units = units
    def __call__(self, x):
        return "dense%d(%s)" % (self.units, x)
layer = Dense(4)
print(layer("x"))
print(callable(layer), callable(3), callable(print), callable(Dense))
