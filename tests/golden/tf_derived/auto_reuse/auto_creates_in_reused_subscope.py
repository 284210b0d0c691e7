# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (reuse AUTO_REUSE: create when missing, return when present)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    with tf.variable_scope("a"):
        x = tf.get_variable("x", [1])
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    with tf.variable_scope("a"):
        x2 = tf.get_variable("x", [1])
        y = tf.get_variable("y", [1])
print(x2 is x)
print([v.name for v in tf.global_variables()])
