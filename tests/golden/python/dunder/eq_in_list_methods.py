# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Name:
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        return self.s == other.s
names = [Name("a"), Name("b"), Name("a")]
print(names.count(Name("a")), names.index(Name("b")))
names.remove(Name("a"))
print([n.s for n in names])
