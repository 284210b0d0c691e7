# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testInitializeFromValue (variable_scope("foo", initializer=init) then get_variable("v") without shape)
# tf: 1.15
import tensorflow as tf

init = tf.constant(0.1)
with tf.variable_scope("foo", initializer=init):
    v = tf.get_variable("v")
    w = tf.get_variable("w")
print(v.name, v.shape)
print(w.name)
