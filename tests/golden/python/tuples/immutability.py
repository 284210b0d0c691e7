# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
