# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def variable(name, shape, dtype="float32", trainable=True, **extra):
    flags = ", ".join("%s=%s" % (k, extra[k]) for k in sorted(extra))
    return "%s %s %s trainable=%s%s" % (name, list(shape), dtype, trainable, (" " + flags) if flags else "")
def dense_vars(prefix, n_in, n_out, **kwargs):
    return [variable(prefix + "/kernel", (n_in, n_out), **kwargs),
            variable(prefix + "/bias", (n_out,), **kwargs)]
for line in dense_vars("fc1", 4, 2):
    print(line)
for line in dense_vars("fc2", 2, 1, trainable=False, collections="local"):
    print(line)
