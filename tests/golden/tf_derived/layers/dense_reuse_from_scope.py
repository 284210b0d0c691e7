# source: tensorflow/python/layers/core_test.py DenseTest.testFunctionalDenseTwiceReuseFromScope (vars1 == vars2)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("scope"):
    inputs = tf.random_uniform((5, 3), seed=1)
    y1 = tf.layers.dense(inputs, 2, name="my_dense")
    vars1 = tf.trainable_variables()
with tf.variable_scope("scope", reuse=True):
    y2 = tf.layers.dense(inputs, 2, name="my_dense")
    vars2 = tf.trainable_variables()
print(vars1 == vars2)
print([v.name for v in vars2])
print(y1.name, y2.name)
