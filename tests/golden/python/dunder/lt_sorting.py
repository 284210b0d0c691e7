# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Item:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "Item(%d)" % self.k
print(sorted([Item(3), Item(1), Item(2)]))
print(min([Item(5), Item(4)]), Item(1) < Item(2))
