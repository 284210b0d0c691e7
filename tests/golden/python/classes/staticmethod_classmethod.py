# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Factory:
    count = 0
    @staticmethod
    def double(x):
        return 2 * x
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls()
    def describe(self):
        return type(self).__name__
print(Factory.double(4))
f = Factory.make(3)
print(Factory.count, f.describe(), f.double(5))
