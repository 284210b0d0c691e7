import tensorflow as tf

with tf.variable_scope("layer"):
    w = tf.get_variable("w", [2, 2])
    v = tf.Variable(tf.zeros([2]), name="v")

# Inside a reusing scope, get_variable returns the existing variable,
# but tf.Variable always creates a new one (with a new, uniquified name).
with tf.variable_scope("layer", reuse=True):
    w2 = tf.get_variable("w", [2, 2])
    v2 = tf.Variable(tf.zeros([2]), name="v")

print(w.name, w2.name, w is w2)
print(v.name, v2.name, v is v2)
print(len(tf.global_variables()))
