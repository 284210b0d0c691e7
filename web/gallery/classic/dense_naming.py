import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4], name="x")

# No name: each call is a new layer, dense then dense_1.
y1 = tf.layers.dense(x, 3)
y2 = tf.layers.dense(x, 3)
# A name and reuse=True: the call reuses that layer's variables.
y3 = tf.layers.dense(x, 3, name="dense", reuse=True)

print(y1.name, y2.name, y3.name)
print([v.name for v in tf.trainable_variables()])
