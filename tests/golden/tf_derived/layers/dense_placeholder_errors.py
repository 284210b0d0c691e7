# source: tensorflow/python/layers/core_test.py DenseTest.testCallOnPlaceHolder (ValueError for unknown rank and for an undefined last dimension) + tensorflow/python/keras/engine/input_spec.py assert_input_compatibility + tensorflow/python/keras/layers/core.py Dense.build
# tf: 1.15
import tensorflow as tf

inputs = tf.placeholder(dtype=tf.float32)
dense = tf.layers.Dense(4, name="my_dense")
try:
    dense(inputs)
except ValueError as e:
    print(e)
inputs = tf.placeholder(dtype=tf.float32, shape=[None, None])
dense = tf.layers.Dense(4, name="my_dense")
try:
    dense(inputs)
except ValueError as e:
    print(e)
inputs = tf.placeholder(dtype=tf.float32, shape=[None, 3])
dense = tf.layers.Dense(4, name="my_dense")
print(dense(inputs))
inputs = tf.placeholder(dtype=tf.float32, shape=[3])
dense(inputs)
