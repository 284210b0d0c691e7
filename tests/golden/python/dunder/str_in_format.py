# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Tensor:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return 'Tensor("%s", dtype=float32)' % self.name
    def __repr__(self):
        return "<tf.Tensor '%s' dtype=float32>" % self.name
t = Tensor("add:0")
print(t)
print([t])
print("{} | {!r} | %s".format(t, t) % t)
print(f"{t!s:>40}")
