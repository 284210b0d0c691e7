# source: tensorflow/python/ops/variable_scope.py (v1.3.0) _VariableStore._get_single_variable ("... Did you mean to set reuse=None in VarScope?")
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("s") as s:
    s.reuse_variables()
    try:
        tf.get_variable("w", [2])
    except ValueError as e:
        print(e)
