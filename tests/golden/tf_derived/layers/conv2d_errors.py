# source: tensorflow/python/layers/convolutional_test.py ConvTest.testInvalidKernelSize / testUnknownInputChannels (ValueError) + tensorflow/python/keras/utils/conv_utils.py normalize_tuple + tensorflow/python/keras/layers/convolutional.py Conv.build
# tf: 1.15
import tensorflow as tf

images = tf.random_uniform((5, 7, 9, 3), seed=1)
try:
    tf.layers.conv2d(images, 32, (1, 2, 3))
except ValueError as e:
    print(e)
try:
    tf.layers.conv2d(images, 32, None)
except ValueError as e:
    print(e)
images = tf.placeholder(tf.float32, (5, 7, 9, None))
try:
    tf.layers.conv2d(images, 32, [3, 3])
except ValueError as e:
    print(e)
tf.layers.conv2d(tf.placeholder(tf.float32, (5, 7)), 32, [3, 3])
