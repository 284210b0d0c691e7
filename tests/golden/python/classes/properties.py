# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Var:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name + ":0"
    @property
    def op_name(self):
        return self._name
    @op_name.setter
    def op_name(self, value):
        self._name = value
v = Var("a")
print(v.name)
v.op_name = "b"
print(v.name, v.op_name)
