# source: tensorflow/python/framework/ops_test.py NameTest.testNameScope (assertEqual("bar/FloatOutput_2", ...) after re-entering "bar/")
# tf: 1.15
# note: the test uses Graph.create_op; tf.constant goes through the same Graph.create_op naming (constant_op._constant_impl)
import tensorflow as tf

with tf.name_scope("bar") as scope:
    print(tf.constant(1.0).op.name)
    print(tf.constant(1.0).op.name)
    print(tf.constant(1.0, name=scope).op.name)
with tf.name_scope("baz") as scope:
    with tf.name_scope("quux"):
        print(tf.constant(1.0).op.name)
    with tf.name_scope(scope):
        print(tf.constant(1.0).op.name)
        print(tf.constant(1.0, name=scope).op.name)
        print(tf.constant(1.0, name="trailing/").op.name)
with tf.name_scope("bar"):
    print(tf.constant(1.0).op.name)
with tf.name_scope("bar/"):
    print(tf.constant(1.0).op.name)
