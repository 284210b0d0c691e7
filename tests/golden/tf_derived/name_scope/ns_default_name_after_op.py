# source: tensorflow/python/framework/ops.py name_scope.__init__ (name = default_name if name is None) + Graph.unique_name (ops and scopes share one table)
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="default")
with tf.name_scope(None, "default") as s:
    print(s)
with tf.name_scope("default") as s:
    print(s)
print(c.op.name)
