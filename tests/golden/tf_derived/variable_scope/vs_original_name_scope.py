# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeOriginalNameScope (assertEqual(tower1.original_name_scope, "scope1/tower/"), assertEqual(sc3, "scope1/tower/bar_1/"))
# tf: 1.15
import tensorflow as tf

with tf.name_scope("scope1"):
    with tf.variable_scope("tower") as tower:
        print(tower.original_name_scope)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.name_scope("scope2"):
    with tf.variable_scope(tower) as tower1:
        print(tower1.original_name_scope)
        with tf.name_scope("foo") as sc2:
            print(sc2)
    with tf.name_scope(tower.original_name_scope):
        with tf.name_scope("bar") as sc3:
            print(sc3)
with tf.name_scope("scope2"):
    with tf.variable_scope(tower):
        with tf.name_scope(tower.original_name_scope):
            with tf.name_scope("bar") as sc3:
                print(sc3)
