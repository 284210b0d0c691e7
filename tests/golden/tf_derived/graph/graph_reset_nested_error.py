# source: tensorflow/python/framework/ops_test.py GraphTest.testResetDefaultGraphNesting + tensorflow/python/framework/ops.py reset_default_graph (AssertionError message)
# tf: 1.15
import tensorflow as tf

g0 = tf.Graph()
with g0.as_default():
    tf.reset_default_graph()
