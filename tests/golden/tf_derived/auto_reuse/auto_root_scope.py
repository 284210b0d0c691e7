# source: tensorflow/python/ops/variable_scope.py variable_scope (root VariableScope object re-entered with reuse=AUTO_REUSE)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(tf.get_variable_scope(), reuse=tf.AUTO_REUSE):
    a = tf.get_variable("x", [1])
    b = tf.get_variable("x", [1])
print(a is b)
print(a.name)
print(tf.get_variable_scope().reuse)
