import tensorflow as tf

with tf.name_scope("block") as scope:
    print(scope)
    x = tf.constant(1.0, name="x")

# Opening "block" again makes a new scope, block_1/ ...
with tf.name_scope("block"):
    y = tf.constant(1.0, name="x")

# ... but a name ending in "/" re-enters the captured scope exactly.
with tf.name_scope(scope):
    z = tf.constant(1.0, name="x")

print(x.name)
print(y.name)
print(z.name)
