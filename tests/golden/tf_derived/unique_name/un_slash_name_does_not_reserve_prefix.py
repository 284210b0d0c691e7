# source: tensorflow/python/framework/ops.py Graph.unique_name (only the full name "a/b" is marked, not "a")
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="a/b")
with tf.name_scope("a") as s:
    print(s)
    d = tf.constant(2.0, name="b")
print(c.op.name)
print(d.op.name)
