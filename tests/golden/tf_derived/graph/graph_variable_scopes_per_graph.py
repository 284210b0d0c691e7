# source: tensorflow/python/ops/variable_scope.py get_variable_scope_store / _get_default_variable_store (kept in graph collections)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, default_name="d") as d1:
    v1 = tf.get_variable("v", [1])
g = tf.Graph()
with g.as_default():
    with tf.variable_scope(None, default_name="d") as d2:
        v2 = tf.get_variable("v", [1])
with tf.variable_scope(None, default_name="d") as d3:
    pass
print(d1.name, d2.name, d3.name)
print(v1.name, v2.name)
print(v2.graph is g)
