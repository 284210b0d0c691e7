# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
class Child(Base):
    def __init__(self, name, units):
        super().__init__(name)
        self.units = units
        print("Child init", units)
c = Child("dense", 10)
print(c.name, c.units)
