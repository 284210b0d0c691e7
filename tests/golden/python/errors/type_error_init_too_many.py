# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Dense:
    def __init__(self, units):
        self.units = units
Dense(1, 2)
