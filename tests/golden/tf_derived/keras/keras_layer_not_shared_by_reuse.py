# source: tensorflow/python/keras/engine/base_layer_utils.py make_variable (tf.Variable with use_resource=True: named by the name scope, never looked up in the variable store) + tensorflow/python/keras/engine/base_layer.py Layer.__call__ (name_scope(layer.name))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
with tf.variable_scope("model"):
    y1 = tf.keras.layers.Dense(2, name="fc")(x)
with tf.variable_scope("model", reuse=True):
    y2 = tf.keras.layers.Dense(2, name="fc")(x)
print(y1.name, y2.name)
print([v.name for v in tf.trainable_variables()])
