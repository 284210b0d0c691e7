# source: tensorflow/python/framework/op_def_library.py _apply_op_helper (ops.name_scope(name) with name defaulting to the op type)
# tf: 1.15
import tensorflow as tf

x = tf.constant(1.0)
with tf.name_scope("outer"):
    y = tf.identity(x)
    with tf.name_scope("inner"):
        z = tf.identity(y)
    w = tf.identity(z)
print(y.name, z.name, w.name)
