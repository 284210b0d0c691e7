# source: tensorflow/python/ops/variable_scope.py get_local_variable (trainable=False, collections=[LOCAL_VARIABLES])
# tf: 1.15
import tensorflow as tf

l = tf.get_local_variable("l", [2])
with tf.variable_scope("s"):
    m = tf.get_local_variable("m", [2])
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print(repr(m))
