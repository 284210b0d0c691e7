# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {}
d["k"] = 1
d["k"] += 41
print(d)
l = [0, 0, 0]
l[1] = 5
l[-1] = 9
print(l)
class C:
    pass
c = C()
c.value = 3
c.value *= 3
print(c.value)
l[0:2] = [7, 8, 9]
print(l)
