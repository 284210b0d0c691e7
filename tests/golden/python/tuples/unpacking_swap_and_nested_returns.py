# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def split_name(full):
    scope, _, name = full.rpartition("/")
    return scope, name
for n in ["a/b/w:0", "w:0"]:
    print(split_name(n))
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
