# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
prefix = "model"
names = ["%s/layer_%d/%s" % (prefix, i, p) for i in range(2) for p in ("kernel", "bias")]
for n in names:
    print(n)
print("{}:0".format(names[0]))
