# source: tensorflow/python/layers/base.py Layer._init_set_name / _make_unique_name (backend.unique_object_name(..., zero_based=False)) + tensorflow/python/layers/base_test.py testScopeNaming (the scope, not the name, starts at zero)
# tf: 1.15
import tensorflow as tf


class PrivateLayer(tf.layers.Layer):

    def call(self, inputs):
        return inputs


a = PrivateLayer()
b = PrivateLayer()
c = PrivateLayer(name="given")
print(a.name, b.name, c.name)
x = tf.placeholder(tf.float32, [None, 2])
a(x)
b(x)
print(a._scope.name, b._scope.name)
