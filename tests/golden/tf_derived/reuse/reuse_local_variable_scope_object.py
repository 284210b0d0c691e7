# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetLocalVar ("Check that local variable respects reuse": get_local_variable("w", []) in variable_scope(outer, "default", reuse=True))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    a = tf.get_local_variable("w", [])
with tf.variable_scope(outer, "default", reuse=True):
    b = tf.get_local_variable("w", [])
    try:
        tf.get_local_variable("z", [])
    except ValueError as e:
        print(e)
print(a is b)
