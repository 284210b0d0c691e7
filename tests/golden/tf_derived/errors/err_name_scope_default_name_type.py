# source: tensorflow/python/framework/ops_test.py OpScopeTest.testDefaultScopeName (assertRaises(TypeError) for name_scope(scope_name, [a, b])) + tensorflow/python/framework/ops.py name_scope.__init__ message
# tf: 1.15
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0)
with tf.name_scope("my_scope", [a, b]):
    pass
