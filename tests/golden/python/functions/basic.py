# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def greet(name):
    return "hello " + name
print(greet("tf"))
def nothing():
    pass
print(nothing())
def no_return(x):
    x + 1
print(no_return(1))
