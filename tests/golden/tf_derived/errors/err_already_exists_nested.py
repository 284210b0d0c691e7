# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Variable %s already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?" + " Originally defined at:")
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        w = tf.get_variable("w", [1])
with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        print(tf.get_default_graph().get_name_scope())
        w2 = tf.get_variable("w", [1])
