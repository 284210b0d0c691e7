# source: tensorflow/python/framework/ops_test.py NameScopeTest.testGetNameScope + tensorflow/python/ops/variable_scope.py variable_scope (string scope opens a uniquified name scope)
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
with tf.variable_scope("V1"):
    print(g.get_name_scope())
with tf.variable_scope("V1"):
    print(g.get_name_scope())
    with tf.variable_scope(None, default_name="x"):
        print(g.get_name_scope())
print(repr(g.get_name_scope()))
