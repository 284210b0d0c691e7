# source: tensorflow/python/framework/ops.py Graph.unique_name (mark_as_used=False neither bumps the counter nor marks the probed key)
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
print(g.unique_name("foo"))
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo_1"))
print(g.unique_name("foo"))
print(g.unique_name("bar", mark_as_used=False))
print(g.unique_name("bar"))
