# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def opts(**kwargs):
    for k in kwargs:
        print(k, kwargs[k])
    return len(kwargs)
print(opts(a=1, b=2))
def mixed(a, *args, b=5, **kw):
    print(a, args, b, kw)
mixed(1, 2, 3, b=4, c=6)
mixed(0)
