# source: tensorflow/python/layers/normalization_test.py BNTest.testFunctionalReuse (second batch_norm(name='bn', reuse=True) shares the variables) / testFunctionalReuseFromScope (global variable count unchanged under variable_scope('scope', reuse=True))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
a = tf.layers.batch_normalization(x, name="bn", training=True)
print(len(tf.global_variables()), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
b = tf.layers.batch_normalization(x, name="bn", training=True, reuse=True)
print(len(tf.global_variables()), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
print(a.name, b.name)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
with tf.variable_scope("scope"):
    tf.layers.batch_normalization(x)
with tf.variable_scope("scope", reuse=True):
    c = tf.layers.batch_normalization(x)
print(len(tf.global_variables()), c.name)
