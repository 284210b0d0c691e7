# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testInitFromNonTensorValue + tensorflow/python/ops/variable_scope.py VariableScope.get_variable (ops.convert_to_tensor(initializer) for the dtype check creates a root Const)
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v4", initializer=4, dtype=tf.int32)
print(v.name)
print(v.dtype)
print(v.shape)
print([op.name for op in tf.get_default_graph().get_operations()])
