# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeMultithreadedTest.testReenterMainScope (assertEquals("main/foo/v:0", v.name), assertEquals("bar/v:0", v.name)) without the thread
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("main") as main_scope:
    pass
with tf.variable_scope(main_scope):
    with tf.variable_scope("foo"):
        v = tf.get_variable("v", [])
        print(v.name)
with tf.variable_scope("bar"):
    v = tf.get_variable("v", [])
    print(v.name)
