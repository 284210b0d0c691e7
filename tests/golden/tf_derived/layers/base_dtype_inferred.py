# source: tensorflow/python/layers/base_test.py DTypeTest.test_dtype_inferred_from_input / test_passing_dtype_to_constructor / test_inputs_not_casted (dtype None until called; first input decides; the constructor dtype wins; inputs are not cast)
# tf: 1.15
import tensorflow as tf


class IdentityLayer(tf.layers.Layer):

    def call(self, inputs):
        return inputs


layer = IdentityLayer()
print(layer.dtype)
layer(tf.constant(1, dtype="float64"))
print(layer.dtype)
layer(tf.constant(1, dtype="float16"))
print(layer.dtype)
layer = IdentityLayer()
layer([tf.constant(1, dtype="float32"), tf.constant(1, dtype="float64")])
print(layer.dtype)
layer = IdentityLayer(dtype="float64")
layer(tf.constant(1, dtype="float32"))
print(layer.dtype)
layer = IdentityLayer(dtype=tf.int32)
print(layer.dtype)
layer = IdentityLayer(dtype="float32")
print(layer(tf.constant(1, dtype="float64")).dtype)
