# source: tensorflow/python/keras/layers/convolutional.py Conv.build/call (kernel, bias, nn_ops.Convolution -> conv2d "Conv2D", nn.bias_add) + tensorflow/python/keras/layers/pooling.py Pooling2D.call (nn.max_pool -> name_scope "MaxPool") + tensorflow/python/keras/layers/core.py Flatten.call (reshape(inputs, (shape(inputs)[0], -1)); set_shape) + tensorflow/python/ops/array_ops.py _slice_helper / _autopacking_helper
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 28, 28, 1], name="x")
h = tf.layers.conv2d(x, 32, 3, activation=tf.nn.relu)
p = tf.layers.max_pooling2d(h, 2, 2)
f = tf.layers.flatten(p)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(h)
print(p)
print(f)
