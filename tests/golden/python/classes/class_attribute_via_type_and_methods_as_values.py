# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class C:
    scale = 2
    def f(self, x):
        return x * self.scale
c = C()
m = c.f
print(m(5), C.f(c, 5), type(c).scale)
fs = [c.f, len, str.upper]
print([fn("ab") if fn is not c.f else fn(3) for fn in fs])
