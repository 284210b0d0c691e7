# source: tensorflow/python/kernel_tests/variable_scope_test.py (v1.3.0) VariableScopeTest.testVarScopeGetVar (assertEqual(va.name, "root/towerA/v:0"), assertEqual(v.name, "root/foo/bar/v:0"))
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("root"):
    with tf.variable_scope("towerA") as tower_a:
        va = tf.get_variable("v", [1])
    with tf.variable_scope("towerB"):
        vb = tf.get_variable("v", [1])
    with tf.variable_scope("foo"):
        with tf.variable_scope("bar"):
            v = tf.get_variable("v", [1])
            with tf.variable_scope(tower_a, reuse=True):
                va3 = tf.get_variable("v", [1])
    try:
        with tf.variable_scope(tower_a, reuse=True):
            tf.get_variable("v", [2])
    except ValueError as e:
        print(e)
print(va.name, vb.name, v.name)
print(va3 is va)
