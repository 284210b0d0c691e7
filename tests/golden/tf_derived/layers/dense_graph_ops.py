# source: tensorflow/python/layers/core.py dense + tensorflow/python/keras/layers/core.py Dense.build/call (kernel then bias via get_variable; gen_math_ops.mat_mul, nn.bias_add) + tensorflow/python/ops/init_ops.py GlorotUniform (random_uniform) / Zeros
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.layers.dense(x, 4, activation=tf.nn.relu)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(y)
