# source: tensorflow/python/framework/ops_test.py NameStackTest.testNameAndVariableScope (assertEqual("l0/l1/l1/", scope))
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
with tf.name_scope("l0"):
    with tf.variable_scope("l1"):
        with tf.name_scope("l1") as scope:
            print(scope)
            print(g.unique_name("foo", mark_as_used=False))
            print(g.unique_name("foo"))
        with tf.name_scope("l2") as scope:
            print(scope)
            print(g.unique_name("foo"))
