# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return len(self.items) > 0
b = Bag([1, 2])
print(1 in b, 5 in b, 5 not in b)
print(bool(b), bool(Bag([])))
if not Bag([]):
    print("empty bag")
