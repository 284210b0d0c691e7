# source: tensorflow/python/ops/variable_scope.py _get_single_variable (shape checked before dtype)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("m"):
    tf.get_variable("w", [2], dtype=tf.int32, initializer=tf.zeros_initializer())
with tf.variable_scope("m", reuse=True):
    try:
        tf.get_variable("w", [3])
    except ValueError as e:
        print(e)
    tf.get_variable("w", [2])
