# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Scope:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with Scope("layer1") as s:
    print("inside", s)
print("after")
