# source: tensorflow/python/ops/variable_scope.py variable_scope.__init__ (raise TypeError("If default_name is None then name_or_scope is required"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None):
    pass
