# source: tensorflow/python/kernel_tests/variable_scope_test.py (v1.3.0) VariableScopeTest.testVarOpScopeUniqueNamesWithJump (assertEqual(..., "default/layer_2/w:0"))
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("default") as default:
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(default):
        pass
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
