# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__init__ (dtype=self._name_or_scope.dtype copied from the captured scope)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("half", dtype=tf.float16) as half:
    pass
with tf.variable_scope(half):
    v = tf.get_variable("v", [1])
with tf.variable_scope(half, dtype=tf.float64):
    w = tf.get_variable("w", [1])
print(repr(v))
print(repr(w))
