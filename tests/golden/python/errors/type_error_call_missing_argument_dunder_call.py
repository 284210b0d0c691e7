# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Layer:
    def __call__(self, inputs):
        return inputs
layer = Layer()
layer()
