# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1))
print(append(2))
