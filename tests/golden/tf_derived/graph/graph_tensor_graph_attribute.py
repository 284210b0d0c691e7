# source: tensorflow/python/framework/ops.py Tensor.graph / Operation.graph
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
with g.as_default():
    c = tf.constant(1.0)
    v = tf.get_variable("v", [1])
d = tf.constant(1.0)
print(c.graph is g)
print(c.op.graph is g)
print(v.graph is g)
print(d.graph is g)
print(d.graph is tf.get_default_graph())
