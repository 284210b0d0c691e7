# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def total(*args):
    return sum(args)
print(total(), total(1), total(1, 2, 3))
def show(first, *rest):
    print(first, rest)
show(1)
show(1, 2, 3)
