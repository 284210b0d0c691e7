# source: tensorflow/python/keras/layers/convolutional.py Conv.build/call (kernel then bias; nn_ops.Convolution -> "Conv2D" reads the kernel in its scope; nn.bias_add NHWC) + tensorflow/python/keras/layers/pooling.py MaxPooling2D (nn.max_pool) + tensorflow/python/keras/layers/core.py Flatten.call
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 28, 28, 1], name="x")
h = tf.keras.layers.Conv2D(8, (5, 5), strides=2, padding="same", activation="relu")(x)
p = tf.keras.layers.MaxPooling2D()(h)
f = tf.keras.layers.Flatten()(p)
names = [op.name + " " + op.type for op in tf.get_default_graph().get_operations()]
for n in names[17:]:
    print(n)
print(h)
print(p)
print(f)
