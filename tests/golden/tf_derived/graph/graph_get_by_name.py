# source: tensorflow/python/framework/ops.py Graph.get_tensor_by_name / get_operation_by_name (as_graph_element returns the existing objects)
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="c")
with tf.name_scope("s"):
    d = tf.identity(c, name="d")
g = tf.get_default_graph()
print(g.get_tensor_by_name("c:0") is c)
print(g.get_operation_by_name("s/d") is d.op)
print(g.get_tensor_by_name("s/d:0").name)
print(repr(g.get_operation_by_name("c")))
