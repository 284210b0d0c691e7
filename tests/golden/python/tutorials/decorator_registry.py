# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
REGISTRY = {}
def register(name):
    def deco(fn):
        REGISTRY[name] = fn
        return fn
    return deco
@register("relu")
def relu(x):
    return x if x > 0 else 0
@register("identity")
def identity(x):
    return x
for key in sorted(REGISTRY):
    print(key, [REGISTRY[key](v) for v in (-2, 0, 3)])
