# source: tensorflow/python/ops/variable_scope.py (v1.3.0) _VariableStore._get_single_variable ("If initializer is a constant, do not specify shape.")
# tf: 1.3
import tensorflow as tf

init = tf.constant(0.1)
v = tf.get_variable("v", initializer=init)
print(v.name)
tf.get_variable("u", [1], initializer=init)
