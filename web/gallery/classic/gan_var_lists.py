import tensorflow as tf

def generator(z):
    with tf.variable_scope("generator"):
        h = tf.layers.dense(z, 16, activation=tf.nn.relu)
        return tf.layers.dense(h, 4, activation=tf.nn.tanh)

def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        h = tf.layers.dense(x, 16, activation=tf.nn.relu)
        return tf.layers.dense(h, 1)

z = tf.placeholder(tf.float32, [None, 8], name="z")
real = tf.placeholder(tf.float32, [None, 4], name="real")
fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake, reuse=True)

d_loss = tf.reduce_mean(d_fake) - tf.reduce_mean(d_real)
g_loss = -tf.reduce_mean(d_fake)
g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="generator")
d_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="discriminator")
d_train = tf.train.AdamOptimizer(1e-4).minimize(d_loss, var_list=d_vars)
g_train = tf.train.AdamOptimizer(1e-4).minimize(g_loss, var_list=g_vars)

print([v.name for v in g_vars])
print([v.name for v in d_vars])
print(d_train.name, g_train.name)
# Each optimizer gets its own beta powers and Adam slots for its var_list only.
print([v.name for v in tf.global_variables() if "power" in v.name])
print([v.name for v in tf.global_variables(scope="generator")])
