# source: tensorflow/python/keras/layers/core.py Dense.build (TypeError for a non-floating dtype) + tensorflow/python/keras/engine/base_layer.py Layer._maybe_build (dtype taken from the first input)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.int32, [None, 3])
dense = tf.layers.Dense(2)
print(dense.dtype)
dense(x)
