# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def outer():
    prefix = "scope"
    def name(n):
        return prefix + "/" + n
    return name("w")
print(outer())
