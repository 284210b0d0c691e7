# source: tensorflow/python/layers/base_test.py BaseLayerTest.testKerasStyleAddWeight (foo/my_var:0 for a keras layer, my_layer/my_var:0 for a tf.layers layer in name_scope('baz'), bar/my_var:0 inside keras_style_scope)
# tf: 1.15
import tensorflow as tf

keras_layer = tf.keras.layers.Layer(name="keras_layer")
with tf.name_scope("foo"):
    keras_variable = keras_layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
print(keras_variable.name)
with tf.name_scope("baz"):
    old_style_layer = tf.layers.Layer(name="my_layer")
    variable = old_style_layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
print(variable.name)
with tf.layers.experimental.keras_style_scope():
    layer = tf.layers.Layer(name="my_layer")
with tf.name_scope("bar"):
    variable = layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
print(variable.name)
print(variable)
