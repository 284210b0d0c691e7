# source: tensorflow/python/framework/ops.py reset_default_graph + tensorflow/python/ops/variable_scope.py get_variable_scope_store (new graph, new counters)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, default_name="d") as d:
    print(d.name)
with tf.name_scope("n") as n:
    print(n)
tf.get_variable_scope().reuse_variables()
tf.reset_default_graph()
with tf.variable_scope(None, default_name="d") as d:
    print(d.name)
with tf.name_scope("n") as n:
    print(n)
print(tf.get_variable_scope().reuse)
