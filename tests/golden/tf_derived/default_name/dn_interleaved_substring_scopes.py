# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarOpScopeUniqueNamesInterleavedSubstringScopes (assertEqual(..., "defaultScope1_2/layer/w:0"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
with tf.variable_scope(None, "defaultScope"):
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
