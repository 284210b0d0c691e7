# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def t(msg):
    print("t", msg)
    return True
def f(msg):
    print("f", msg)
    return False
print(f(1) and t(2))
print(t(3) or f(4))
print(t(5) and f(6) or t(7))
