# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
prefix = "v1"
def name(n, p=prefix):
    return p + "/" + n
prefix = "v2"
print(name("w"), prefix)
