# source: tensorflow/python/layers/core_test.py DenseTest.testDenseProperties (units, activation, regularizers None, use_bias; auto-naming dense.name == 'dense_1', then 'dense_2')
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(2, activation=tf.nn.relu, name="my_dense")
print(dense.units, dense.activation is tf.nn.relu, dense.kernel_regularizer, dense.bias_regularizer)
print(dense.activity_regularizer, dense.use_bias, dense.name)
dense = tf.layers.Dense(2, activation=tf.nn.relu)
dense.apply(tf.random_uniform((5, 2)))
print(dense.name)
dense = tf.layers.Dense(2, activation=tf.nn.relu)
dense.apply(tf.random_uniform((5, 2)))
print(dense.name, dense.scope_name)
