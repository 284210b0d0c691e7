# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarOpScopeReuse (default-name sub-scope of a reusing scope reuses outer/default/w)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer"):
    with tf.variable_scope(None, "block"):
        w = tf.get_variable("w", [])
with tf.variable_scope("outer", reuse=True):
    with tf.variable_scope(None, "block") as b:
        print(b.name, b.reuse)
        print(tf.get_variable("w", []) is w)
