# source: tensorflow/python/keras/engine/input_layer.py InputLayer.__init__ (name = 'input_' + str(backend.get_uid('input')); backend.placeholder named after the layer; _keras_history) + Input
# tf: 1.15
import tensorflow as tf

a = tf.keras.Input(shape=(3,))
b = tf.keras.layers.Input(shape=(4, 5), batch_size=2, dtype="int32")
c = tf.keras.Input(shape=(2,), name="features")
print(a)
print(b)
print(c)
print(a._keras_history[0].name, type(a._keras_history[0]).__name__)
