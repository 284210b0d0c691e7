# source: tensorflow/python/keras/layers/core.py Dropout.call (smart_cond on a Python bool: identity, or nn.dropout with rate) + tensorflow/python/ops/nn_ops.py dropout_v2
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4], name="x")
drop = tf.keras.layers.Dropout(0.25)
print(drop.name, drop.rate)
a = drop(x, training=False)
b = drop(x, training=True)
print(a.name, b.name, b.shape)
print([op.name for op in tf.get_default_graph().get_operations()][2:6])
