# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
y = 10
gen = list(y for y in range(2))
print(gen, y)
d = {k: k for k in "ab"}
print(d)
try:
    print(k)
except NameError as e:
    print(e)
