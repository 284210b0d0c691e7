# source: tensorflow/python/layers/base_test.py BaseLayerTest.testScopeNaming (private_layer, private_layer_1, my_layer_1..3, other_layer, var_scope/private_layer, var_scope/my_layer_1)
# tf: 1.15
import tensorflow as tf


class PrivateLayer(tf.layers.Layer):

    def call(self, inputs):
        return inputs


inputs = tf.random_uniform((5,))
default_layer = PrivateLayer()
_ = default_layer.apply(inputs)
print(default_layer._scope.name)
default_layer1 = PrivateLayer()
default_layer1.apply(inputs)
print(default_layer1._scope.name)
my_layer = PrivateLayer(name="my_layer")
my_layer.apply(inputs)
print(my_layer._scope.name)
my_layer1 = PrivateLayer(name="my_layer")
my_layer1.apply(inputs)
print(my_layer1._scope.name)
my_layer2 = PrivateLayer(name="my_layer")
my_layer2.apply(inputs)
print(my_layer2._scope.name)
with tf.name_scope("some_name_scope"):
    default_layer2 = PrivateLayer()
    default_layer2.apply(inputs)
    print(default_layer2._scope.name)
    my_layer3 = PrivateLayer(name="my_layer")
    my_layer3.apply(inputs)
    print(my_layer3._scope.name)
    other_layer = PrivateLayer(name="other_layer")
    other_layer.apply(inputs)
    print(other_layer._scope.name)
with tf.variable_scope("var_scope"):
    default_layer_scoped = PrivateLayer()
    default_layer_scoped.apply(inputs)
    print(default_layer_scoped._scope.name)
    my_layer_scoped = PrivateLayer(name="my_layer")
    my_layer_scoped.apply(inputs)
    print(my_layer_scoped._scope.name)
    my_layer_scoped1 = PrivateLayer(name="my_layer")
    my_layer_scoped1.apply(inputs)
    print(my_layer_scoped1._scope.name)
