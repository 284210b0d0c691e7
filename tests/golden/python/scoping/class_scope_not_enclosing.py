# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class A:
    x = 5
    def get(self):
        return x
x = "module x"
print(A().get())
