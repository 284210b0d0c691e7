# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Graph:
    def __init__(self, name):
        self.name = name
        self.ops = []
    def __enter__(self):
        print("as_default", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("restore", self.name, "ops=%d" % len(self.ops))
        if exc_type is ValueError:
            print("swallowed:", exc)
            return True
        return False
with Graph("g1") as g:
    g.ops.append("Const")
    g.ops.append("Add")
with Graph("g2") as g:
    g.ops.append("MatMul")
    raise ValueError("Shapes (2, 3) and (4, 5) are incompatible")
print("done")
