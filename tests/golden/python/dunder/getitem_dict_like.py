# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Collection:
    def __init__(self):
        self.store = {"trainable": ["w", "b"], "local": []}
    def __getitem__(self, key):
        return self.store[key]
    def __len__(self):
        return len(self.store)
c = Collection()
print(c["trainable"], len(c))
try:
    c["missing"]
except KeyError as e:
    print("KeyError", e)
