# source: tensorflow/python/keras/engine/base_layer_test.py NameScopingTest.test_name_scope_layer (MyName/bias:0, MyName/kernel:0) + test_name_scope_sublayer (MyName2/..., sublayer.active_name_scope == 'MyName2/Sublayer')
# tf: 1.15
import tensorflow as tf

x = tf.keras.backend.placeholder(shape=(10, 10))
layer = tf.keras.layers.Dense(10, name="MyName")
layer(x)
print(layer.bias.name, layer.kernel.name)


class NameScopeTracker(tf.keras.layers.Layer):

    def call(self, inputs):
        self.active_name_scope = tf.get_default_graph().get_name_scope()
        return inputs


sublayer = NameScopeTracker(name="Sublayer")
layer = tf.keras.layers.Dense(10, activation=sublayer, name="MyName2")
layer(x)
print(layer.bias.name, layer.kernel.name)
print(sublayer.active_name_scope)
print(x.name)
