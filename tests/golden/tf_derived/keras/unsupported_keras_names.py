# source: tensorflow/python/keras/layers/recurrent.py (keras.layers.LSTM exists in TF 1.15; scopeplay does not model it) + Python module __getattr__ (AttributeError for a name TF does not have)
# tf: 1.15
import tensorflow as tf

try:
    tf.keras.layers.LSTM
except NotImplementedError as e:
    print(e)
try:
    tf.keras.layers.NoSuchLayer
except AttributeError as e:
    print(e)
print(tf.keras.layers.Dense.__name__, tf.layers.Dense.__name__, tf.keras.layers.Dense is tf.layers.Dense)
print(issubclass(tf.layers.Dense, tf.keras.layers.Dense), issubclass(tf.layers.Dense, tf.layers.Layer))
