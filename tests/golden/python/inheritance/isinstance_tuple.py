# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class A: pass
class B(A): pass
b = B()
print(isinstance(b, (int, A)), isinstance(3, (str, float)), isinstance(True, int))
print(issubclass(bool, int), issubclass(B, (A, int)))
