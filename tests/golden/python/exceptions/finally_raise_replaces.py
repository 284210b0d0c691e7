# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    try:
        raise ValueError("original")
    finally:
        print("finally runs first")
try:
    f()
except ValueError as e:
    print("caught", e)
try:
    try:
        raise KeyError("a")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
