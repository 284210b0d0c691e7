# source: tensorflow/python/framework/ops_test.py NameStackTest.testInvalidNameRaisesError (name_scope("foo:0") raises ValueError)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("a"):
    try:
        with tf.name_scope("b:c"):
            pass
    except ValueError as e:
        print(e)
with tf.name_scope("foo:0"):
    pass
