# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Base:
    kind = "base"
    def who(self):
        return self.kind
class Sub(Base):
    kind = "sub"
class SubSub(Sub):
    pass
print(Base().who(), Sub().who(), SubSub().who())
print(SubSub.__bases__[0].__name__)
