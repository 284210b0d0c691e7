# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetGlobalVariables (assertEqual([v.name for v in scope.global_variables()], ["testGetGlobalVariables_foo/testGetGlobalVariables_b:0"]))
# tf: 1.15
import tensorflow as tf

_ = tf.get_variable("a", [])
with tf.variable_scope("foo") as scope:
    _ = tf.get_variable("b", [])
    print([v.name for v in scope.global_variables()])
print([v.name for v in tf.get_variable_scope().global_variables()])
