import tensorflow as tf

with tf.variable_scope("generator"):
    g_w = tf.get_variable("w", [4, 4])
    g_b = tf.get_variable("b", [4])
with tf.variable_scope("discriminator"):
    d_w = tf.get_variable("w", [4, 1])
    step = tf.Variable(0, trainable=False, name="step")

# The scope argument filters by name prefix (a regex match).
print([v.name for v in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="generator")])
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="discriminator")])
print([v.name for v in tf.trainable_variables("discriminator")])
