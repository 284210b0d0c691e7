# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarOpScopeReuseParam (default-name scope inside reused outer gets outer/default again)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    with tf.variable_scope(None, "default"):
        a = tf.get_variable("w", [])
    with tf.variable_scope(None, "default"):
        b = tf.get_variable("w", [])
with tf.variable_scope(outer, reuse=True):
    with tf.variable_scope(None, "default") as d1:
        print(d1.name, tf.get_variable("w", []) is a)
    with tf.variable_scope(None, "default") as d2:
        print(d2.name, tf.get_variable("w", []) is b)
