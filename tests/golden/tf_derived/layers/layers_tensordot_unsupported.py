# source: tensorflow/python/keras/layers/core.py Dense.call (rank > 2 goes through standard_ops.tensordot, whose Tensordot/* ops scopeplay does not model, so it refuses instead of naming them wrongly) + tensorflow/python/layers/core_test.py DenseTest.testCallTensorDot
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(2, activation=tf.nn.relu, name="my_dense")
print(dense(tf.random_uniform((5, 4), seed=1)).name)
dense(tf.random_uniform((5, 4, 4), seed=1))
