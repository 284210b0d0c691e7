# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        return None
    else:
        print("ok", r)
        return r
    finally:
        print("finally", x)
print(f(2))
print(f(0))
