# source: tensorflow/python/ops/variable_scope.py get_variable docstring (identity custom getter that creates variables with modified names: getter(name + "_suffix", ...))
# tf: 1.15
import tensorflow as tf

def custom_getter(getter, name, *args, **kwargs):
    return getter(name + "_suffix", *args, **kwargs)

with tf.variable_scope("s", custom_getter=custom_getter):
    v = tf.get_variable("v", [1])
w = tf.get_variable("w", [1], custom_getter=custom_getter)
print(v.name)
print(w.name)
