# source: tensorflow/python/ops/variable_scope.py get_local_variable (goes through get_variable and the store)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
    a = tf.get_local_variable("count", [])
with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
    b = tf.get_local_variable("count", [])
print(a is b)
print([v.name for v in tf.local_variables()])
