import tensorflow as tf

# With name_or_scope=None, variable_scope uses default_name and uniquifies it.
for i in range(3):
    with tf.variable_scope(None, default_name="block"):
        w = tf.get_variable("w", [1])
        print(w.name)

with tf.name_scope(None, "layer") as s1:
    print(s1)
with tf.name_scope(None, "layer") as s2:
    print(s2)
