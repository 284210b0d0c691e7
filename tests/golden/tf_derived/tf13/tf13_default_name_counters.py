# source: tensorflow/python/kernel_tests/variable_scope_test.py (v1.3.0) VariableScopeTest.testVarOpScope (assertEqual(..., "default_1/w:0"))
# tf: 1.3
import tensorflow as tf

with tf.name_scope("testVarOpScope2"):
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
