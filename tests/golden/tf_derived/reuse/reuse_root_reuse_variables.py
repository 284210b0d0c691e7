# source: tensorflow/python/ops/variable_scope.py VariableScope.reuse_variables (sets self._reuse = True on the root scope) + _pure_variable_scope.__enter__ (reuse inherited)
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [1])
tf.get_variable_scope().reuse_variables()
print(tf.get_variable("v", [1]) is v)
with tf.variable_scope("s") as s:
    print(s.reuse)
try:
    tf.get_variable("new", [1])
except ValueError as e:
    print(e)
