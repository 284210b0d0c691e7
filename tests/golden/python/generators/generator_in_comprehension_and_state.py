# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def gen():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
g = gen()
print([v for v in g if v % 2 == 0], list(g))
pairs = list(zip(gen(), gen()))
print(pairs)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
