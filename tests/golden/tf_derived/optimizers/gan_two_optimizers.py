# source: tensorflow/python/framework/ops.py Graph.get_collection (scope filter) + optimizer.py Optimizer.compute_gradients (var_list) + adam.py
# tf: 1.15
import tensorflow as tf
z = tf.placeholder(tf.float32, [None, 4], name="z")
real = tf.placeholder(tf.float32, [None, 2], name="real")

def generator(z):
    with tf.variable_scope("generator"):
        w = tf.get_variable("w", [4, 2])
        return tf.nn.sigmoid(tf.matmul(z, w))

def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w = tf.get_variable("w", [2, 1])
        b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
        return tf.matmul(x, w) + b

fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake, reuse=True)
d_loss = tf.reduce_mean(d_fake) - tf.reduce_mean(d_real)
g_loss = -tf.reduce_mean(d_fake)
g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="generator")
d_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="discriminator")
print([v.name for v in g_vars])
print([v.name for v in d_vars])
d_train = tf.train.AdamOptimizer(1e-4).minimize(d_loss, var_list=d_vars)
g_train = tf.train.AdamOptimizer(1e-4).minimize(g_loss, var_list=g_vars)
print(d_train.name, g_train.name)
for v in tf.global_variables():
    print(v.name)
