# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
config = {"units": 64, "activation": "relu", "dropout": 0.5}
for key, value in config.items():
    print(key, "=", value)
for key in config.keys():
    print(key)
for value in config.values():
    print(value)
