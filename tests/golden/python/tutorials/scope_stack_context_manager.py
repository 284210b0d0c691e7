# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class NameScope:
    _stack = []
    _used = {}
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        base = "/".join(NameScope._stack + [self.name])
        count = NameScope._used.get(base, 0)
        NameScope._used[base] = count + 1
        unique = self.name if count == 0 else "%s_%d" % (self.name, count)
        NameScope._stack.append(unique)
        print("enter", "/".join(NameScope._stack) + "/")
        return "/".join(NameScope._stack) + "/"
    def __exit__(self, exc_type, exc, tb):
        print("exit", NameScope._stack.pop())
        return False
with NameScope("V1") as s:
    print("scope:", s)
with NameScope("V1") as s:
    with NameScope("inner") as t:
        print("scope:", t)
