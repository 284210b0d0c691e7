# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class C:
    def __init__(self):
        self.a = 1
c = C()
print(hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(getattr(c, "b"), getattr(c, "z", "default"))
print(sorted(c.__dict__.items()))
