# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(print.__name__, len.__name__)
print(str, int, list, ValueError)
class Foo: pass
print(Foo)
print(type(Foo()))
