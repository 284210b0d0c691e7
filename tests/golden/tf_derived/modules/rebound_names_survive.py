# source: Python attribute semantics on the tensorflow module (tensorflow/python/ops/nn_ops.py relu is an ordinary module attribute): a snippet may rebind tf.nn.relu and tf.zeros before using tf.layers, and tf.layers then uses what the snippet bound (layers/core.py Dense.call calls the activation it was given)
# tf: 1.15
import tensorflow as tf

def my_relu(x, name=None):
    return tf.identity(x, name="my_relu")

tf.nn.relu = my_relu
print(hasattr(tf, "layers"), tf.nn.relu is my_relu)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.layers.dense(x, 2, activation=tf.nn.relu)
print(y.name)
print(hasattr(tf.nn, "dynamic_rnn"), hasattr(tf.nn, "no_such_function"))
