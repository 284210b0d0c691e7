# source: tensorflow/python/training/slot_creator.py create_slot_with_initializer (variable_scope(None, ...) nests under the current scope) + optimizer.py (var_list)
# tf: 1.15
import tensorflow as tf
with tf.variable_scope("generator"):
    g_w = tf.get_variable("w", [3])
with tf.variable_scope("discriminator"):
    d_w = tf.get_variable("w", [3])
g_loss = tf.reduce_sum(g_w * d_w)
d_loss = tf.reduce_sum(d_w)
with tf.variable_scope("d_opt"):
    d_train = tf.train.AdamOptimizer().minimize(d_loss, var_list=[d_w])
with tf.variable_scope("g_opt"):
    g_train = tf.train.AdamOptimizer().minimize(g_loss, var_list=[g_w])
print(d_train.name, g_train.name)
for v in tf.global_variables()[2:]:
    print(v.name)
