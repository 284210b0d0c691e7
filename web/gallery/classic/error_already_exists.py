import tensorflow as tf

with tf.variable_scope("dense"):
    w = tf.get_variable("w", [3, 3])

# Fix: tf.variable_scope("dense", reuse=True) or reuse=tf.AUTO_REUSE
with tf.variable_scope("dense"):
    w2 = tf.get_variable("w", [3, 3])
