# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
acc(5)
print(acc(10))
