# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 100
        c()
    b()
    return x
print(a())
