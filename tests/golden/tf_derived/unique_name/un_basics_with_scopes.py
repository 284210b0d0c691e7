# source: tensorflow/python/framework/ops_test.py NameStackTest.testBasics (assertEqual("bar_1/baz/foo", ...), assertEqual("foo_4", ...), assertEqual("bar_2", ...))
# tf: 1.15
import tensorflow as tf

g = tf.Graph()
with g.as_default():
    print(g.unique_name("foo"))
    print(g.unique_name("foo"))
    print(g.unique_name("foo"))
    with tf.name_scope("bar"):
        print(g.unique_name("foo"))
        print(g.unique_name("foo", mark_as_used=False))
        print(g.unique_name("foo"))
        with tf.name_scope(None):
            print(g.unique_name("foo"))
        with tf.name_scope("baz"):
            print(g.unique_name("foo"))
            print(g.unique_name("foo"))
        with tf.name_scope("baz"):
            print(g.unique_name("foo"))
            print(g.unique_name("foo"))
    with tf.name_scope("quux"):
        print(g.unique_name("foo"))
    with tf.name_scope("bar"):
        with tf.name_scope("baz"):
            print(g.unique_name("foo"))
    print(g.unique_name("foo"))
    print(g.unique_name("bar", mark_as_used=False))
    print(g.unique_name("bar"))
