# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testInitializeFromValue (assertRaisesRegexp(ValueError, "don't match")) + tensorflow/python/ops/variable_scope.py VariableScope.get_variable ("Initializer type '%s' and explicit dtype '%s' don't match.")
# tf: 1.15
import tensorflow as tf

init = tf.constant(1, dtype=tf.int32)
t = tf.get_variable("t", initializer=init)
print(t.dtype.base_dtype)
tf.get_variable("s", initializer=init, dtype=tf.float64)
