# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (var_store.get_variable, and so the custom getter, runs inside ops.name_scope(None))
# tf: 1.15
import tensorflow as tf

def custom_getter(getter, *args, **kwargs):
    return tf.identity(getter(*args, **kwargs))

with tf.name_scope("ns"):
    with tf.variable_scope("s", custom_getter=custom_getter):
        v = tf.get_variable("v", [1])
        c = tf.constant(1.0, name="c")
print(v.name)
print(c.name)
