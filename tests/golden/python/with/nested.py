# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Scope:
    stack = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Scope.stack.append(self.name)
        return "/".join(Scope.stack)
    def __exit__(self, *exc):
        Scope.stack.pop()
with Scope("outer") as a:
    print(a)
    with Scope("inner") as b:
        print(b)
    print("/".join(Scope.stack))
print(Scope.stack)
