# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Config:
    units = 10
print(Config.units)
print(Config.layers)
