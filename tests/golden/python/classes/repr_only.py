# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class R:
    def __repr__(self):
        return "R()"
print(R(), str(R()), [R()])
