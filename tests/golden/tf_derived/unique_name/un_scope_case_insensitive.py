# source: tensorflow/python/framework/ops_test.py NameStackTest.testUniqueNameCaseInsensitivity (assertEqual("Bar_1/foo", ...)) applied to nested scopes
# tf: 1.15
import tensorflow as tf

with tf.name_scope("Layer") as s:
    print(s)
with tf.name_scope("layer") as s:
    print(s)
    with tf.name_scope("Inner") as t:
        print(t)
    with tf.name_scope("inner") as t:
        print(t)
