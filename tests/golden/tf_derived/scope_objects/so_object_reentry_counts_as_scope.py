# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (open_variable_scope(self._new_name) for scope objects too) + _get_unique_variable_scope
# tf: 1.15
# note: every entry of 'a' (string or object) bumps the counter that default_name consults
import tensorflow as tf

with tf.variable_scope("a") as a:
    pass
with tf.variable_scope(None, default_name="a") as d:
    print(d.name)
with tf.variable_scope(a):
    pass
with tf.variable_scope(None, default_name="a") as d2:
    print(d2.name)
