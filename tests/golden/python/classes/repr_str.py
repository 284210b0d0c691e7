# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "V(%r)" % self.name
    def __str__(self):
        return "<var " + self.name + ">"
v = V("w")
print(v)
print(repr(v))
print([v, v])
print(str(v), f"{v}", f"{v!r}")
