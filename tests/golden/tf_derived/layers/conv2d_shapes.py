# source: tensorflow/python/layers/convolutional_test.py ConvTest.testConv2DPaddingSame ([5, 7, 9, 64]) / testCreateConvWithStrides / testCreateConv2D (output.op.name ends in /Relu; kernel [3, 3, 4, 32], bias [32]) + tensorflow/core/framework/common_shape_fns.cc GetWindowedOutputSize
# tf: 1.15
import tensorflow as tf

images = tf.random_uniform((5, 7, 9, 32), seed=1)
print(tf.layers.conv2d(images, 64, images.get_shape()[1:3], padding="same").shape)
print(tf.layers.conv2d(images, 32, (3, 3), strides=(2, 2)).shape)
print(tf.layers.conv2d(images, 32, (3, 3), strides=(2, 1)).shape)
print(tf.layers.conv2d(tf.placeholder(tf.float32, [None, None, None, 3]), 4, 3).shape)
layer = tf.layers.Conv2D(32, [3, 3], activation=tf.nn.relu)
out = layer.apply(tf.random_uniform((5, 7, 9, 4), seed=1))
print(layer.name, out.op.name, layer.kernel.get_shape(), layer.bias.get_shape())
