# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testInitFromNonInitializer + tensorflow/python/ops/variable_scope.py _get_default_initializer (integers get zeros_initializer)
# tf: 1.15
import tensorflow as tf

x = tf.get_variable("xx0", shape=(3, 4), dtype=tf.int32)
y = tf.get_variable("yy0", shape=(3, 4), dtype=tf.int32,
                    initializer=tf.zeros_initializer(dtype=tf.int32))
print(repr(x))
print(repr(y))
print([op.name for op in tf.get_default_graph().get_operations()])
