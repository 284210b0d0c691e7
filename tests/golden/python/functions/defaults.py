# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b=2, c=3):
    return a + b + c
print(f(1), f(1, 10), f(1, c=100), f(1, 2, 3))
def g(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(g(1), g(2))
