# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4]
del l[1]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
