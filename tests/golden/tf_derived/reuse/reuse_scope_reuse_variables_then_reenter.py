# source: tensorflow/python/ops/variable_scope.py VariableScope.reuse_variables (mutates the captured object) + _pure_variable_scope.__init__
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s") as s:
    v = tf.get_variable("v", [1])
    s.reuse_variables()
    print(s.reuse)
with tf.variable_scope(s) as s2:
    print(s2.reuse)
    print(tf.get_variable("v", [1]) is v)
with tf.variable_scope("s") as s3:
    print(s3.reuse)
