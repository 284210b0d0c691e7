# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 3
if x == 3: print("three")
if x != 3: print("not three")
else: print("still three")
