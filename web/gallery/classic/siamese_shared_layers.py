import tensorflow as tf

def tower(x, reuse):
    h = tf.layers.dense(x, 8, activation=tf.nn.relu, name="fc1", reuse=reuse)
    return tf.layers.dense(h, 4, name="fc2", reuse=reuse)

left = tf.placeholder(tf.float32, [None, 16], name="left")
right = tf.placeholder(tf.float32, [None, 16], name="right")
with tf.variable_scope("siamese"):
    out_left = tower(left, reuse=False)
    # Same layer names with reuse=True: the second tower shares the weights.
    out_right = tower(right, reuse=True)

print(out_left.name, out_right.name)
print([v.name for v in tf.trainable_variables()])
