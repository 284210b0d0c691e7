# source: tensorflow/python/ops/variable_scope.py (v1.3.0) (no _ReuseMode / AUTO_REUSE before 1.4; variable_scope accepts only True, False or None)
# tf: 1.3
import tensorflow as tf

print(tf.get_variable_scope().reuse)
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    pass
