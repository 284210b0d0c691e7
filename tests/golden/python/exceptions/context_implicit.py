# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
