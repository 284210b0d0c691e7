# source: tensorflow/python/ops/variable_scope.py (v1.3.0) VariableScope.get_variable (with ops.name_scope(None)) + tensorflow/python/ops/variables.py (v1.3.0) Variable._init_from_args
# tf: 1.3
import tensorflow as tf

with tf.name_scope("V1"):
    a1 = tf.get_variable("a1", [1], initializer=tf.constant_initializer(1))
    a2 = tf.Variable(tf.random_normal([2, 3]), name="a2")
print(a1.name)
print(a2.name)
print(repr(a1))
