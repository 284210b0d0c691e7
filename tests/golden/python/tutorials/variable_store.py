# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class VariableStore:
    def __init__(self):
        self.vars = {}
    def get_variable(self, name, shape, reuse=False):
        if name in self.vars:
            if not reuse:
                raise ValueError("Variable %s already exists, disallowed." % name)
            return self.vars[name]
        if reuse:
            raise ValueError("Variable %s does not exist, or was not created with tf.get_variable()" % name)
        self.vars[name] = (name + ":0", shape)
        return self.vars[name]
store = VariableStore()
print(store.get_variable("V1/a1", [1]))
print(store.get_variable("V1/a1", [1], reuse=True))
for args in [("V1/a1", [1], False), ("V2/a1", [1], True)]:
    try:
        store.get_variable(*args)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(store.vars))
