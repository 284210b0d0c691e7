# source: tensorflow/python/framework/ops.py Graph.name_scope ("if not name: new_stack = None") + Graph.get_name_scope (returns self._name_stack)
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
print(repr(g.get_name_scope()))
with tf.name_scope("a"):
    print(g.get_name_scope())
    with tf.name_scope(None):
        print(g.get_name_scope())
    with tf.name_scope(""):
        print(g.get_name_scope())
    with tf.name_scope("a/"):
        print(g.get_name_scope())
    print(g.get_name_scope())
