# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", None), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
print(c.y, getattr(C, "x"))
print(hasattr("s", "upper"), getattr([1, 2], "count")(1))
