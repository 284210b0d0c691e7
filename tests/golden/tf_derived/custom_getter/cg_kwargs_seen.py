# source: tensorflow/python/ops/variable_scope.py _VariableStore.get_variable (custom_getter_kwargs; "constraint" added when the getter takes **kwargs)
# tf: 1.15
import tensorflow as tf

seen = {}

def custom_getter(getter, *args, **kwargs):
    seen.update(kwargs)
    return getter(*args, **kwargs)

with tf.variable_scope("s", custom_getter=custom_getter):
    v = tf.get_variable("v", [2])
print(sorted(seen))
print(seen["name"])
print(seen["shape"])
print(seen["dtype"])
print(seen["reuse"])
