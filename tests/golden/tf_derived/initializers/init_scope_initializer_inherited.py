# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeInitializer (variable_scope("foo", initializer=init) and variable_scope(tower, initializer=init))
# tf: 1.15
import tensorflow as tf

init = tf.constant_initializer(0.3)
with tf.variable_scope("tower0") as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, initializer=init):
        w = tf.get_variable("w", [])
print(v.name)
print(w.name)
print([op.name for op in tf.get_default_graph().get_operations()])
