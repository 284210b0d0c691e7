# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarOpScopeReuse (assertEqual(sc2, "outer_1/tower/scope2/"), assertEqual(sc2, "outer_1/default/scope2/"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.variable_scope(outer, reuse=True) as outer:
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
