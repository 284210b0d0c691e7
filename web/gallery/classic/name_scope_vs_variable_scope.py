import tensorflow as tf

# tf.name_scope prefixes ops and tf.Variable, but tf.get_variable ignores it.
with tf.name_scope("ns"):
    v1 = tf.Variable(1.0, name="v1")
    g1 = tf.get_variable("g1", [1])
    s1 = tf.add(v1, 1.0, name="s1")

# tf.variable_scope prefixes everything, get_variable included.
with tf.variable_scope("vs"):
    v2 = tf.Variable(1.0, name="v2")
    g2 = tf.get_variable("g2", [1])
    s2 = tf.add(v2, 1.0, name="s2")

print(v1.name)
print(g1.name)
print(s1.name)
print(v2.name)
print(g2.name)
print(s2.name)
