# source: tensorflow/python/framework/ops_test.py OpScopeTest.testNames (assertEqual("foo5//foo6/", foo6), assertEqual("//", foo8))
# tf: 1.15
import tensorflow as tf

with tf.name_scope("foo/") as outer_foo:
    print(outer_foo)
    with tf.name_scope("foo5//") as foo5:
        print(foo5)
        with tf.name_scope("foo6") as foo6:
            print(foo6)
    with tf.name_scope("/") as foo7:
        print(foo7)
    with tf.name_scope("//") as foo8:
        print(foo8)
