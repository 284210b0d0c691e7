# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return type(self).__name__ + "(" + self.name + ")"
class Conv(Named):
    pass
class Pool(Named):
    def __str__(self):
        return "pool:" + super().__str__()
print(Conv("c1"), Pool("p1"))
print("%s and %s" % (Conv("a"), Pool("b")))
