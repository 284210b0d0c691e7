# source: tensorflow/python/framework/ops_test.py NameStackTest.testUniqueNameCaseInsensitivity + tensorflow/python/framework/ops.py Graph.unique_name ("name = '%s_%d' % (name, i - 1)" keeps the caller's case)
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
print(g.unique_name("a"))
print(g.unique_name("a_1"))
print(g.unique_name("a"))
print(g.unique_name("A"))
print(g.unique_name("A_1"))
print(g.unique_name("Foo"))
print(g.unique_name("foo"))
print(g.unique_name("FOO"))
