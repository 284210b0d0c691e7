# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def apply(f, x):
    return f(x)
def square(x):
    return x * x
print(apply(square, 7))
ops = {"sq": square, "neg": lambda v: -v}
print(ops["sq"](3), ops["neg"](3))
print(square.__name__)
