# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def inner():
    yield "a"
    yield "b"
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from range(2)
print(list(outer()))
