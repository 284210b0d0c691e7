# source: tensorflow/python/layers/base.py Layer.__call__ (scope= picks the variable scope on the first call, _set_scope(scope); a call() taking `scope` receives the VariableScope)
# tf: 1.15
import tensorflow as tf


class ScopeAware(tf.layers.Layer):

    def build(self, input_shape):
        self.w = self.add_variable("w", [input_shape[-1].value], initializer=tf.ones_initializer())

    def call(self, inputs, scope=None):
        print("scope:", scope.name, scope.original_name_scope)
        return inputs * self.w


x = tf.placeholder(tf.float32, [None, 2])
layer = ScopeAware()
y = layer(x, scope="custom")
print(layer.w.name, y.name, layer.scope_name)
y2 = layer(x, scope="ignored")
print(y2.name)
