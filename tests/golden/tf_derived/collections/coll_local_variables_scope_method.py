# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetLocalVariables (assertEqual([v.name for v in scope.local_variables()], ["foo/b:0"]))
# tf: 1.15
import tensorflow as tf

_ = tf.get_variable("a", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
with tf.variable_scope("foo") as scope:
    _ = tf.get_variable("b", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
    _ = tf.get_variable("c", [])
    print([v.name for v in scope.local_variables()])
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.global_variables()])
