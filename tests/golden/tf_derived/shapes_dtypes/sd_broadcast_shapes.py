# source: tensorflow/python/framework/ops_test.py TensorAndShapeTest.testAddShape / testUnknownDim / testScalarShape / testUnknownShape
# tf: 1.15
import tensorflow as tf

c = tf.zeros([2, 3]) + tf.ones([1, 3])
print(c.shape)
a = tf.placeholder(dtype=tf.float32, shape=[2, None, 3])
b = tf.placeholder(dtype=tf.float32, shape=[2, None, 3])
print((a + b).shape.as_list())
s = tf.placeholder(dtype=tf.float32, shape=[]) + tf.ones([])
print(s.shape)
u = tf.placeholder(dtype=tf.float32, shape=None) + tf.ones([1, 3])
print(u.shape)
print(u)
