# source: tensorflow/python/ops/math_ops.py reduce_sum / reduce_mean + tensorflow/python/ops/array_ops.py split (static shapes)
# tf: 1.15
import tensorflow as tf

x = tf.ones([2, 3])
print(tf.reduce_sum(x).shape)
print(tf.reduce_mean(x, axis=1).shape)
a, b = tf.split(tf.ones([4, 2]), 2)
print(a.shape, b.shape)
print(tf.concat([x, x], 1).shape)
print(tf.reshape(x, [3, 2]).shape)
