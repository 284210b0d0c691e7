# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetTrainableVariablesWithVariable (variable_scope.variable inside variable_scope; scope.trainable_variables() filters by "foo/")
# tf: 1.15
import tensorflow as tf

_ = tf.Variable(1.0, name="a")
with tf.variable_scope("foo") as scope:
    _ = tf.Variable(1.0, name="b")
    _ = tf.Variable(1.0, name="c", trainable=False)
    print([v.name for v in scope.trainable_variables()])
    print([v.name for v in scope.global_variables()])
