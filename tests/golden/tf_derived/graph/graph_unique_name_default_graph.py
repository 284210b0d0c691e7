# source: tensorflow/python/framework/ops.py Graph.unique_name (same table as op creation)
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
a = tf.constant(1.0)
print(g.unique_name("Const", mark_as_used=False))
print(g.unique_name("Const"))
b = tf.constant(2.0)
print(b.op.name)
