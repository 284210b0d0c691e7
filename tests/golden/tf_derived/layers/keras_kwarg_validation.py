# source: tensorflow/python/keras/engine/base_layer.py Layer.__init__ (generic_utils.validate_kwargs: TypeError('Keyword argument not understood:', kwarg)) + tensorflow/python/layers/base.py Layer.add_weight (TypeError('Unknown keyword argument:', kwarg))
# tf: 1.15
import tensorflow as tf

try:
    tf.layers.Layer(name="a").add_weight("w", [1], getter=None)
except TypeError as e:
    print(e)
tf.keras.layers.Dense(3, units_typo=4)
