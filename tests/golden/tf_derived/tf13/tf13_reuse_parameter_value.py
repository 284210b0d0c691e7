# source: tensorflow/python/ops/variable_scope.py (v1.3.0) variable_scope (raise ValueError("The reuse parameter must be True or False or None."))
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("ok", reuse=False) as s:
    print(s.reuse)
with tf.variable_scope("bad", reuse="yes"):
    pass
