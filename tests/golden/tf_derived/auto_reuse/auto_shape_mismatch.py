# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (existing name with reuse != False: shape check still applies)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    v = tf.get_variable("v", [2, 3])
    w = tf.get_variable("v", [3, 2])
