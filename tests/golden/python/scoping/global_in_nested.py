# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
total = 0
def outer():
    def inner():
        global total
        total += 10
    inner()
    inner()
outer()
print(total)
