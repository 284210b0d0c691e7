import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
with tf.variable_scope("model"):
    w = tf.get_variable("w", [3, 1])
    loss = tf.reduce_mean(tf.matmul(x, w))

# Build the model again, sharing its weights... and minimize in the same block.
with tf.variable_scope("model", reuse=True):
    w_eval = tf.get_variable("w", [3, 1])
    # Adam creates its slots with get_variable, so they inherit reuse=True and
    # cannot be created. The usual fix opens the scope with AUTO_REUSE:
    #   with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
    # (or call minimize outside the reusing scope).
    train_op = tf.train.AdamOptimizer(0.01).minimize(loss)
