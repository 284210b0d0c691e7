import tensorflow as tf

# reuse=True only finds variables that already exist in the store.
# Fix: create it first (reuse=False), or use reuse=tf.AUTO_REUSE.
with tf.variable_scope("decoder", reuse=True):
    w = tf.get_variable("w", [1])
