# source: tensorflow/python/framework/ops_test.py OpScopeTest.testEmptyScopeName (assertEqual("", scope))
# tf: 1.15
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0)
with tf.name_scope("", values=[a, b]) as scope:
    print(repr(scope))
    c = tf.constant(3.0)
with tf.name_scope("", "my_default_scope", [a, b]) as scope:
    print(repr(scope))
print(c.op.name)
