# source: tensorflow/python/framework/ops.py name_scope.__enter__ (g_from_inputs = _get_graph_from_inputs(self._values); if g_from_inputs is not g: enter g_from_inputs.as_default())
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
with g.as_default():
    c = tf.constant(1.0)
with tf.name_scope("s", values=[c]) as s:
    print(s)
    print(tf.get_default_graph() is g)
    d = tf.identity(c)
print(d.name)
print(d.graph is g)
print(tf.get_default_graph() is g)
