# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def ratio(a, b):
    return a / b
values = [(4, 2), (3, 0)]
for a, b in values:
    print(ratio(a, b))
