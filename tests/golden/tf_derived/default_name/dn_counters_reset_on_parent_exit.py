# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__exit__ (close_variable_subscopes(self._new_name) for string scopes) + _get_unique_variable_scope
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.variable_scope(None, "l") as l1:
        print(l1.name, l1.original_name_scope)
    with tf.variable_scope(None, "l") as l2:
        print(l2.name, l2.original_name_scope)
with tf.variable_scope("a"):
    with tf.variable_scope(None, "l") as l3:
        print(l3.name, l3.original_name_scope)
