# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = [10, 20, 30, 40]
print(l[0], l[-1], l[-4], l[2])
s = "scope"
print(s[0], s[-1], s[1:3])
t = (1, (2, 3))
print(t[1][0])
d = {"a": [1, 2]}
print(d["a"][1])
