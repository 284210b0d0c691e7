# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Base:
    def __init__(self):
        self.log = ["base"]
    def describe(self):
        return "Base"
class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append("child")
    def describe(self):
        return "Child of " + Base.describe(self)
c = Child()
print(c.log, c.describe())
