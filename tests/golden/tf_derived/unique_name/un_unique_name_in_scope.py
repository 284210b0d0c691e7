# source: tensorflow/python/framework/ops.py Graph.unique_name (prefix "name_stack/" then counter on the full lower-cased key)
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
with tf.name_scope("s"):
    print(g.unique_name("op", mark_as_used=False))
    c = tf.constant(1.0, name="op")
    print(c.op.name)
    print(g.unique_name("op"))
    print(tf.constant(1.0, name="op").op.name)
