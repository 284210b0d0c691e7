# source: tensorflow/python/layers/base.py Layer.scope_name (ValueError before the first call; the message keeps TF's double space)
# tf: 1.15
import tensorflow as tf

layer = tf.layers.Dense(3, name="fc")
layer.scope_name
