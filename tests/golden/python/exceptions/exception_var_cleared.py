# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
