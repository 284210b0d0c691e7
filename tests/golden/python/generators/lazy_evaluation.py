# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
for v in noisy(3):
    print("consumed", v)
    if v == 1:
        break
