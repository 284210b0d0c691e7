# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    print("in try")
    raise KeyError("k")
finally:
    print("finally runs")
