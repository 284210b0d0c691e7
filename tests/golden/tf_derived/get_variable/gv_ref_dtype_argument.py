# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetVariableWithRefDtype + tensorflow/python/ops/variable_scope.py _VariableStore.get_variable (dtype = dtype.base_dtype)
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", shape=[3, 4], dtype=tf.float32)
w = tf.get_variable("w", shape=[5, 6], dtype=v.dtype)
print(v.dtype)
print(repr(w))
