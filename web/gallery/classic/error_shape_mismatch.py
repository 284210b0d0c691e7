import tensorflow as tf

with tf.variable_scope("proj"):
    w = tf.get_variable("w", [128, 64])

# Sharing needs the same shape; (64, 128) is not (128, 64).
with tf.variable_scope("proj", reuse=True):
    w_t = tf.get_variable("w", [64, 128])
