# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (custom_getter=self._old.custom_getter for string sub-scopes)
# tf: 1.15
import tensorflow as tf

names = []

def custom_getter(getter, name, *args, **kwargs):
    names.append(name)
    return getter(name, *args, **kwargs)

with tf.variable_scope("outer", custom_getter=custom_getter):
    with tf.variable_scope("inner"):
        v = tf.get_variable("v", [1])
    with tf.variable_scope(None, default_name="blk"):
        w = tf.get_variable("w", [1])
u = tf.get_variable("u", [1])
print(names)
