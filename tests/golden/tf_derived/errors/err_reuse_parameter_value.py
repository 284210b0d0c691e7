# source: tensorflow/python/ops/variable_scope.py variable_scope.__init__ (raise ValueError("The reuse parameter must be True or False or None."))
# tf: 1.15
import tensorflow as tf

for r in [True, False, None, tf.AUTO_REUSE]:
    with tf.variable_scope("ok", reuse=r):
        pass
print("accepted")
with tf.variable_scope("bad", reuse=1):
    pass
