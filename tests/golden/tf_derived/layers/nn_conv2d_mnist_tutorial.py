# source: tensorflow/examples/tutorials/mnist/mnist_deep.py (v1.9.0) deepnn (reshape to [-1, 28, 28, 1], conv2d with SAME padding, bias add, relu, max_pool_2x2) + tensorflow/python/ops/nn_ops.py conv2d (v1: gen_nn_ops.conv2d, no extra name scope) / max_pool (name_scope "MaxPool")
# tf: 1.15
import tensorflow as tf


def weight_variable(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.1))


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 784])
with tf.name_scope("reshape"):
    x_image = tf.reshape(x, [-1, 28, 28, 1])
with tf.name_scope("conv1"):
    W_conv1 = weight_variable([5, 5, 1, 32])
    b_conv1 = bias_variable([32])
    h_conv1 = tf.nn.relu(tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], padding="SAME") + b_conv1)
with tf.name_scope("pool1"):
    h_pool1 = tf.nn.max_pool(h_conv1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
with tf.name_scope("conv2"):
    W_conv2 = weight_variable([5, 5, 32, 64])
    h_conv2 = tf.nn.conv2d(h_pool1, W_conv2, strides=1, padding="VALID")
print(x_image)
print(W_conv1.name, b_conv1.name, W_conv2.name)
print(h_conv1)
print(h_conv1.op.inputs[0].op.inputs[0].name)
print(h_pool1)
print(h_conv2)
