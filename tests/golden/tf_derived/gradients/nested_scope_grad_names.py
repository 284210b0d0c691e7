# source: tensorflow/python/ops/gradients_util.py _GradientsHelper (with ops.name_scope(op.name + "_grad"): the forward op's full name, slashes included)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 2], name="x")
with tf.name_scope("layer1"):
    h = tf.nn.relu(tf.matmul(x, x))
with tf.name_scope("loss"):
    loss = tf.reduce_sum(h)
g = tf.gradients(loss, x)[0]
print(g.name)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients/"):
        print(op.name)
