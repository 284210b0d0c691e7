# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x, y = 1, 2
if x:
    if y > 1:
        print("both")
    else:
        pass
if not x:
    pass
else:
    print("else branch")
