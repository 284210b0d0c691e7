# source: tensorflow/python/training/optimizer.py Optimizer.minimize (compute_gradients then apply_gradients) + adam.py + slot_creator.py
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.get_variable("w", [3, 2])
b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b))
train = tf.train.AdamOptimizer(0.01).minimize(loss)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
