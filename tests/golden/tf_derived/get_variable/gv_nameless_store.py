# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testNamelessStore (expected_names = ["v1:0", "v2:0"])
# tf: 1.15
import tensorflow as tf

a = tf.get_variable("v1", [2])
b = tf.get_variable("v2", [2])
print(sorted(v.name for v in tf.global_variables()))
print(a.shape, b.shape)
