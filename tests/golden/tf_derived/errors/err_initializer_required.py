# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_default_initializer ("An initializer for variable %s of %s is required")
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s"):
    tf.get_variable("c", [2], dtype=tf.complex64)
