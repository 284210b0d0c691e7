# source: tensorflow/python/ops/variable_scope.py (v1.3.0) _VariableStore._get_single_variable ("Variable %s already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally defined at:")
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
with tf.variable_scope("foo"):
    tf.get_variable("v", [1])
