# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Var:
    def __init__(self):
        self.name = "w:0"
v = Var()
print(v.nam)
