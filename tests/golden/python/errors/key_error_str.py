# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
config = {"units": 10}
print(config["units"])
print(config["activation"])
