# source: tensorflow/python/framework/ops_test.py (v1.3.0) NameStackTest.testOutOfOrderUniqueName
# tf: 1.3
import tensorflow as tf

g = tf.Graph()
print(g.unique_name("foo_2"))
print(g.unique_name("foo"))
print(g.unique_name("foo"))
print(g.unique_name("foo"))
print(g.unique_name("Foo"))
