# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (if dtype is None: dtype = self._dtype) + variable_scope(dtype=...)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s", dtype=tf.float64):
    a = tf.get_variable("a", [1])
    b = tf.get_variable("b", [1], dtype=tf.float32)
    c = tf.get_variable("c", [1], dtype=tf.int64)
print(a.dtype, b.dtype, c.dtype)
