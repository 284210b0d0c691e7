# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetTrainableVariablesWithGetVariable (assertEqual([v.name for v in scope.trainable_variables()], ["testGetTrainableVariables_foo/testGetTrainableVariables_b:0"]))
# tf: 1.15
import tensorflow as tf

_ = tf.get_variable("a", [])
with tf.variable_scope("foo") as scope:
    _ = tf.get_variable("b", [])
    _ = tf.get_variable("c", [], trainable=False)
    print([v.name for v in scope.trainable_variables()])
    print([v.name for v in scope.global_variables()])
