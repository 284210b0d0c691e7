# source: tensorflow/python/framework/ops_test.py OpScopeTest.testNoScopeName + tensorflow/python/framework/ops.py name_scope.__enter__ ("At least one of name (%s) and default_name (%s) must be provided.")
# tf: 1.15
import tensorflow as tf

a = tf.constant(1.0)
with tf.name_scope(None):
    print("plain None is fine")
with tf.name_scope(None, values=[a]):
    pass
