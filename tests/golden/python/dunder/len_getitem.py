# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print(len(s), s[2])
print(list(s))
print(bool(Seq(0)), bool(Seq(1)))
