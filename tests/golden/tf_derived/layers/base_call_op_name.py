# source: tensorflow/python/layers/base_test.py BaseLayerTest.testCall (outputs.op.name == 'my_layer/Square', layer.built)
# tf: 1.15
import tensorflow as tf


class MyLayer(tf.layers.Layer):

    def call(self, inputs):
        return tf.square(inputs)


layer = MyLayer(name="my_layer")
inputs = tf.random_uniform((5,), seed=1)
outputs = layer.apply(inputs)
print(layer.built)
print(outputs.op.name)
print(layer.scope_name)
