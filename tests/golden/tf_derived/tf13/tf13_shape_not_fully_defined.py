# source: tensorflow/python/ops/variable_scope.py (v1.3.0) _VariableStore._get_single_variable ("Shape of a new variable (%s) must be fully defined, but instead was %s.")
# tf: 1.3
import tensorflow as tf

try:
    tf.get_variable("v", [None, 3])
except ValueError as e:
    print(e)
tf.get_variable("w")
