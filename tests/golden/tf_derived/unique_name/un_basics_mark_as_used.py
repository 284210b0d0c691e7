# source: tensorflow/python/framework/ops_test.py NameStackTest.testBasics (assertEqual("foo_1_2_1", g.unique_name("foo_1_2")))
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo"))
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo"))
print(g.unique_name("foo", mark_as_used=False))
print(g.unique_name("foo"))
print(g.unique_name("foo_1", mark_as_used=False))
print(g.unique_name("foo_1"))
print(g.unique_name("foo_1", mark_as_used=False))
print(g.unique_name("foo_1"))
print(g.unique_name("foo_1_2", mark_as_used=False))
print(g.unique_name("foo_1_2"))
