# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Layer:
    def __init__(self):
        self.units = 4
l = Layer()
print(l.units)
print(l.weights)
