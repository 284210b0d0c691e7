# source: tensorflow/python/framework/ops.py Graph.get_operations (list(self._nodes_by_id.values()), creation order)
# tf: 1.15
import tensorflow as tf

a = tf.placeholder(tf.float32, name="a")
with tf.name_scope("s"):
    b = tf.identity(a)
c = tf.constant(2.0)
d = b * c
print([op.name for op in tf.get_default_graph().get_operations()])
print(len(tf.get_default_graph().get_operations()))
