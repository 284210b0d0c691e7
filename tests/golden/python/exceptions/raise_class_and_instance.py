# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    raise TypeError("bad type", 42)
except TypeError as e:
    print(e.args, e)
