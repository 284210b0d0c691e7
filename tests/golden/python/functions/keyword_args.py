# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def make(name, shape, dtype="float32"):
    return "%s %s %s" % (name, shape, dtype)
print(make("w", [2, 3]))
print(make(shape=[1], name="b"))
print(make("v", dtype="int32", shape=[]))
