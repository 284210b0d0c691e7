# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key %r" % k) from None
try:
    get({}, "w")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__)
