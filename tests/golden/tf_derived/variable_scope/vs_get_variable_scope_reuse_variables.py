# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetVariableScope (get_variable_scope().reuse_variables(); get_variable("w", [1]) raises ValueError)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("bar"):
    v = tf.get_variable("v", [])
    tf.get_variable_scope().reuse_variables()
    print(tf.get_variable_scope().reuse)
    try:
        tf.get_variable("w", [1])
    except ValueError as e:
        print(e)
    print(tf.get_variable("v", []) is v)
print(tf.get_variable_scope().reuse)
