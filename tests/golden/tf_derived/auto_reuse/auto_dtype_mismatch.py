# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (dtype check after the shape check)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    step = tf.get_variable("step", [], dtype=tf.int32)
    try:
        tf.get_variable("step", [])
    except ValueError as e:
        print(e)
    print(tf.get_variable("step", [], dtype=tf.int32) is step)
