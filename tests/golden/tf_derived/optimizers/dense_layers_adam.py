# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (name_scope("update_" + var.op.name)) + slot_creator.py (slot scope primary.op.name + "/" + name) + tensorflow/python/layers/core.py dense (variables dense/kernel, dense/bias)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
h = tf.layers.dense(x, 3, activation=tf.nn.relu)
y = tf.layers.dense(h, 1)
loss = tf.reduce_mean(tf.square(y))
train = tf.train.AdamOptimizer().minimize(loss)
for v in tf.global_variables():
    print(v.name)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("Adam/update_") or op.name.startswith("gradients/dense/"):
        print(op.name)
