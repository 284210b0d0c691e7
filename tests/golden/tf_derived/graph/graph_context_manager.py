# source: tensorflow/python/framework/ops_test.py GraphTest.testGraphContextManager / testDefaultGraph (assertIs(g0, g1), default restored after the block)
# tf: 1.15
import tensorflow as tf

orig = tf.get_default_graph()
g0 = tf.Graph()
with g0.as_default() as g1:
    print(g1 is g0)
    print(tf.get_default_graph() is g0)
    with tf.Graph().as_default() as g2:
        print(tf.get_default_graph() is g2)
    print(tf.get_default_graph() is g0)
print(tf.get_default_graph() is orig)
