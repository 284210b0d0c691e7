# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 5
if x > 3:
    print("big")
if x > 10:
    print("huge")
else:
    print("not huge")
