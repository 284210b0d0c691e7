# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithCustomGetterTest.testNonCallableGetterFails + tensorflow/python/ops/variable_scope.py _VariableStore.get_variable ("Passed a custom_getter which is not callable: %s")
# tf: 1.15
import tensorflow as tf

try:
    with tf.variable_scope("scope0", custom_getter=3):
        tf.get_variable("name0")
except ValueError as e:
    print(e)
try:
    tf.get_variable("name0", custom_getter=3)
except ValueError as e:
    print(e)
