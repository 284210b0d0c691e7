# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Trying to share variable %s, but specified shape %s and found shape %s.")
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [])
tf.get_variable_scope().reuse_variables()
tf.get_variable("v", [1])
