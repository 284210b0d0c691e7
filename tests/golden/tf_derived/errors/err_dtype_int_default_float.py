# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Trying to share variable %s, but specified dtype %s and found dtype %s.", dtype names)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s"):
    step = tf.get_variable("step", [], dtype=tf.int32, initializer=tf.zeros_initializer())
with tf.variable_scope("s", reuse=True):
    tf.get_variable("step", [])
