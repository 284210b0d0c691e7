# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testStringDefaultInitializer + tensorflow/python/ops/variable_scope.py _get_default_initializer (zeros_initializer for strings)
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("string", shape=[], dtype=tf.string)
print(repr(v))
print([op.name for op in tf.get_default_graph().get_operations()])
