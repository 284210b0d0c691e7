# source: tensorflow/python/ops/variable_scope.py variable_scope.__init__ (values only select the graph: ops._get_graph_from_inputs(self._values))
# tf: 1.15
import tensorflow as tf

x = tf.constant(1.0)
with tf.variable_scope("s", values=[x]) as s:
    print(s.name)
    print(tf.get_variable("w", []).name)
    print(tf.identity(x).name)
with tf.variable_scope(None, "d", [x]) as d:
    print(d.name)
