# source: tensorflow/python/keras/engine/network.py Network.summary (ValueError before the model is built) + tensorflow/python/keras/utils/layer_utils.py print_summary (sequential-like layout: line_length 65, positions [.45, .85, 1.]) + tensorflow/python/keras/engine/base_layer.py Layer.output_shape (node output shapes; the InputLayer node holds a list)
# tf: 1.15
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(3,)), tf.keras.layers.Dense(2)])
model.summary()
inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Dense(1000, name="wide")(inputs)
tf.keras.Model(inputs, outputs).summary()
tf.keras.Sequential([tf.keras.layers.Dense(2)]).summary()
