import tensorflow as tf

# Re-entering a variable_scope by name reuses its variables' prefix,
# but the ops inside get a fresh name scope: V1_1/.
with tf.variable_scope("V1"):
    a = tf.get_variable("a", [1])
    b = tf.add(a, 1.0, name="b")

with tf.variable_scope("V1", reuse=True):
    a2 = tf.get_variable("a", [1])
    b2 = tf.add(a2, 1.0, name="b")
    c = tf.Variable(1.0, name="c")

print(a.name, a2.name)
print(b.name, b2.name)
print(c.name)
