import tensorflow as tf

def linear(x):
    w = tf.get_variable("w", [3, 2])
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
    return tf.matmul(x, w) + b

# make_template creates the variables on the first call and reuses them after.
scale = tf.make_template("linear", linear)
a = scale(tf.placeholder(tf.float32, [None, 3], name="a"))
b = scale(tf.placeholder(tf.float32, [None, 3], name="b"))

print(a.name, b.name)
print([v.name for v in scale.trainable_variables])
print([v.name for v in tf.trainable_variables()])
