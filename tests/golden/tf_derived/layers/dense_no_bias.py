# source: tensorflow/python/layers/core_test.py DenseTest.testNoBias (variables == [kernel]; 1 TRAINABLE_VARIABLES; my_dense/kernel:0; bias is None)
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(2, use_bias=False, name="my_dense")
inputs = tf.random_uniform((5, 2), seed=1)
out = dense(inputs)
print(dense.variables == [dense.kernel], dense.non_trainable_variables)
print(len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)))
print(dense.kernel.name, dense.bias)
print(out.op.name)
