# source: tensorflow/python/ops/array_ops.py zeros / ones (name_scope(name, "zeros"|"ones"), _constant_if_small(..., name))
# tf: 1.15
import tensorflow as tf

with tf.name_scope("s"):
    z = tf.zeros([2])
    z2 = tf.zeros([3], name="z")
    o = tf.ones([2, 2])
    z3 = tf.zeros([2])
print(z.name, z2.name, o.name, z3.name)
print(tf.zeros([2]).name)
