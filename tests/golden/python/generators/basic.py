# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def gen():
    yield 1
    yield 2
    yield 3
print(list(gen()))
g = gen()
print(next(g), next(g), next(g))
print(next(g, "exhausted"))
