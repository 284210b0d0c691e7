# source: tensorflow/python/layers/base_test.py BaseLayerTest.testLayerProperties (empty variables/updates/losses, built False, trainable False) + testInt64Layer (layer.name == 'my_layer')
# tf: 1.15
import tensorflow as tf

layer = tf.layers.Layer(name="my_layer")
print(layer.variables, layer.trainable_variables, layer.non_trainable_variables)
print(layer.updates, layer.losses, layer.built)
layer = tf.layers.Layer(name="my_layer", trainable=False)
print(layer.trainable)
layer = tf.layers.Layer(name="my_layer", dtype="int64")
v = layer.add_variable("my_var", [2, 2])
print(layer.name, layer.dtype, v.name, v.dtype)
