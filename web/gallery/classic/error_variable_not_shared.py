import tensorflow as tf

# tf.Variable does not register in the variable store,
# so get_variable cannot share it.
with tf.variable_scope("enc"):
    w = tf.Variable(tf.zeros([2]), name="w")

with tf.variable_scope("enc", reuse=True):
    w2 = tf.get_variable("w", [2])
