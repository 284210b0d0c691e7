# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testNameExists (reuse=True returns the stored variable, reuse=False raises) via scopes
# tf: 1.15
# note: a string scope name containing '/' is appended verbatim, so 'a/b' reaches the same store key a/b/v
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        v = tf.get_variable("v", [1])
with tf.variable_scope("a/b", reuse=True):
    w = tf.get_variable("v", [1])
print(w is v)
print(w.name)
