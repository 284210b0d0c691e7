# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Model:
    def call(self, x):
        return x
Model().call()
