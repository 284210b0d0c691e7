# source: tensorflow/python/framework/ops_test.py NameStackTest.testOutOfOrderUniqueName (same rule with foo_1 taken first) + tensorflow/python/framework/ops.py Graph.unique_name probe loop
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
print(g.unique_name("foo_1"))
print(g.unique_name("foo"))
print(g.unique_name("foo"))
print(g.unique_name("foo"))
print(g.unique_name("foo_2"))
