# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def check(v):
    try:
        if v == 1:
            raise IndexError("i")
        if v == 2:
            raise KeyError("k")
        if v == 3:
            raise ValueError("v")
        return "none"
    except KeyError:
        return "key"
    except LookupError:
        return "lookup"
    except Exception as e:
        return "other " + type(e).__name__
print(check(0), check(1), check(2), check(3))
