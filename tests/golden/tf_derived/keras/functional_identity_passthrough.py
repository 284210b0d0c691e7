# source: tensorflow/python/keras/engine/base_layer.py Layer._set_connectivity_metadata_ (an output that is one of the Keras inputs is copied with array_ops.identity under name_scope(self.name), itself inside the name scope __call__ opened)
# tf: 1.15
import tensorflow as tf


class PassThrough(tf.keras.layers.Layer):

    def call(self, inputs):
        return inputs


x = tf.keras.Input(shape=(3,))
y = PassThrough()(x)
z = PassThrough()(tf.placeholder(tf.float32, [None, 3], name="plain"))
print(y.name, z.name)
