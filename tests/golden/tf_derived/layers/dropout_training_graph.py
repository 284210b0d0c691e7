# source: tensorflow/python/layers/core.py Dropout.call / dropout (training) + tensorflow/python/ops/nn_ops.py dropout_v2 (rate, Shape, random_uniform, 1 - rate, 1 / keep_prob, >=, x * scale * cast) + tensorflow/python/ops/random_ops.py random_uniform
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.layers.dropout(x, 0.5, training=True)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(y)
