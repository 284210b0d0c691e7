# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Graph:
    def __init__(self):
        self.collections = {}
    def add_to_collection(self, key, value):
        self.collections.setdefault(key, []).append(value)
    def get_collection(self, key, scope=None):
        items = self.collections.get(key, [])
        if scope is None:
            return list(items)
        return [v for v in items if v.startswith(scope)]
g = Graph()
for name in ["V1/a:0", "V1/b:0", "V2/a:0"]:
    g.add_to_collection("variables", name)
g.add_to_collection("losses", "loss:0")
print(g.get_collection("variables"))
print(g.get_collection("variables", scope="V1"))
print(g.get_collection("missing"), sorted(g.collections))
