# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 1
y = x
x = 2
print(x, y)
name = "layer"
print(name)
