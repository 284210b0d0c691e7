# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (reuse is True and name missing)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s") as s:
    s.reuse_variables()
    tf.get_variable("w", [2])
