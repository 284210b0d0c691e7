# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    x = 1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e))
