# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
out = []
for _ in range(5):
    out.append(next(g))
print(out)
print(next(g))
