# source: tensorflow/python/ops/variable_scope.py _get_unique_variable_scope (counter key is the full name under the current variable scope)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.variable_scope(None, "x") as x1:
        print(x1.name)
with tf.variable_scope("b"):
    with tf.variable_scope(None, "x") as x2:
        print(x2.name)
    with tf.variable_scope(None, "x") as x3:
        print(x3.name)
