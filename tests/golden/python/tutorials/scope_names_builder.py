# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def scoped(scope, name):
    return "%s/%s" % (scope, name) if scope else name
def build_mlp(scope, sizes):
    names = []
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        layer_scope = scoped(scope, "dense" if i == 0 else "dense_%d" % i)
        names.append((scoped(layer_scope, "kernel"), (n_in, n_out)))
        names.append((scoped(layer_scope, "bias"), (n_out,)))
    return names
for n, shape in build_mlp("mlp", [4, 8, 8, 2]):
    print("%-22s %s" % (n + ":0", shape))
print(build_mlp("", [1, 1]))
