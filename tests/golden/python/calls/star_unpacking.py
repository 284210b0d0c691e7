# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*(1, 2), 3))
print(f(*"12" and [4, 5, 6]))
print(max(*[3, 7, 5]))
