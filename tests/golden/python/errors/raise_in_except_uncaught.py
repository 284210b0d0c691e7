# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("while handling")
