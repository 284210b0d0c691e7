# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeGetVar (variable_scope(tower_a, reuse=True) inside foo/bar returns va)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("root"):
    with tf.variable_scope("towerA") as tower_a:
        va = tf.get_variable("v", [1])
    with tf.variable_scope("foo"):
        with tf.variable_scope("bar"):
            with tf.variable_scope(tower_a, reuse=True) as t:
                print(t.name)
                print(tf.get_variable("v", [1]) is va)
                print(tf.get_default_graph().get_name_scope())
