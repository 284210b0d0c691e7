# source: tensorflow/python/training/saver_test.py SaverTest.testSomeErrors (assertRaisesRegexp(ValueError, "same name: v1"))
# tf: 1.15
# note: two variables of different graphs share the op name v1
import tensorflow as tf
v1 = tf.Variable([20.0], name="v1")
with tf.Graph().as_default():
    other = tf.Variable([20.0], name="v1")
tf.train.Saver([v1, other])
