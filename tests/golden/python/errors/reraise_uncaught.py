# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    int("q")
except ValueError:
    print("logging and re-raising")
    raise
