# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testInitializeFromValue (assertRaisesRegexp(ValueError, "shape")) + tensorflow/python/ops/variable_scope.py _get_single_variable ("If initializer is a constant, do not specify shape.")
# tf: 1.15
import tensorflow as tf

init = tf.constant(0.1)
with tf.variable_scope("s"):
    tf.get_variable("u", [1], initializer=init)
