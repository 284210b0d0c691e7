# source: tensorflow/python/layers/core_test.py DenseTest.testOutputShape ([5, 7], [5, 2, 7], [1, 2, 4, 7]) / testCallOnPlaceHolder (a [None, None, 3] placeholder works)
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(7, activation=tf.nn.relu, name="my_dense")
print(dense.apply(tf.random_uniform((5, 3), seed=1)).get_shape().as_list())
print(dense(tf.random_uniform((5, 2, 3), seed=1)).get_shape().as_list())
print(dense.apply(tf.random_uniform((1, 2, 4, 3), seed=1)).get_shape().as_list())
inputs = tf.placeholder(dtype=tf.float32, shape=[None, None, 3])
out = tf.layers.Dense(4, name="my_dense")(inputs)
print(out, out.op.inputs[0].op.name)
