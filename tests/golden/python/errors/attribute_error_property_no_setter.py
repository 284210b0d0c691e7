# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class V:
    @property
    def name(self):
        return "v:0"
v = V()
print(v.name)
v.name = "w:0"
