# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class ScopeError(Exception):
    pass
class ReuseError(ScopeError):
    def __init__(self, name):
        super().__init__("Variable %s already exists" % name)
        self.var = name
try:
    raise ReuseError("w")
except ScopeError as e:
    print(type(e).__name__, e, e.var)
print(issubclass(ReuseError, Exception), isinstance(ReuseError("x"), ScopeError))
