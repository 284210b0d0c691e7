# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (variable scope, reuse and the variable store are not consulted)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("m") as m:
    a = tf.Variable(1.0, name="w")
with tf.variable_scope(m, reuse=True):
    b = tf.Variable(1.0, name="w")
with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
    c = tf.Variable(1.0, name="w")
print(a.name, b.name, c.name)
print(len(tf.global_variables()))
