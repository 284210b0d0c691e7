# source: tensorflow/python/ops/variable_scope.py (v1.3.0) variable_scope (if reuse: raise ValueError("reuse=True cannot be used without a name_or_scope"))
# tf: 1.3
import tensorflow as tf

with tf.variable_scope(None, "default", reuse=True):
    pass
