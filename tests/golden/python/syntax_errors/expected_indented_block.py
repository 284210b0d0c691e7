# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
if True:
print("no indent")
