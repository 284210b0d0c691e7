# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeOuterScope (assertEqual(sc2, "outer_1/scope2/"), assertEqual(sc2, "outer_2/default/scope2/"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer):
    print(tf.get_variable("w", []).name)
    with tf.name_scope("scope2") as sc2:
        print(sc2)
    with tf.variable_scope("default"):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.variable_scope(outer, reuse=True):
    print(tf.get_variable("w", []).name)
    with tf.name_scope("scope2") as sc2:
        print(sc2)
    with tf.variable_scope("default", reuse=True):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
