# source: tensorflow/python/framework/ops.py Graph.unique_name (name_stack prefix; op and scope names share _names_in_use)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("s"):
    c = tf.constant(1.0, name="inner")
    with tf.name_scope("inner") as sc:
        print(sc)
        d = tf.constant(1.0, name="inner")
print(c.op.name)
print(d.op.name)
