# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")
def g():
    try:
        raise ValueError("a")
    except ValueError:
        print("except")
        return "from except"
    finally:
        print("finally g")
print(f())
print(g())
