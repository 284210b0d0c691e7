# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class ScopeError(Exception):
    pass
raise ScopeError("Variable v/w already exists")
