# source: tensorflow/python/keras/engine/base_layer_test.py BaseLayerTest.test_count_params (16 * 4 + 16; ValueError 'call `count_params`' before build) + tensorflow/python/layers/base_test.py test_count_params
# tf: 1.15
# note: build() called directly opens no name scope: the keras kernel is named "kernel"; the tf.layers one still gets its variable scope
import tensorflow as tf

dense = tf.keras.layers.Dense(16)
dense.build((None, 4))
print(dense.count_params(), dense.kernel.name)
dense = tf.layers.Dense(16)
dense.build((None, 4))
print(dense.count_params(), dense.kernel.name)
dense = tf.keras.layers.Dense(16)
dense.count_params()
