# source: tensorflow/python/keras/engine/sequential.py Sequential.add (an InputLayer, or a keras.Input tensor whose history is an InputLayer, sets the model inputs; later layers are called on the last output at once; .layers hides the InputLayer)
# tf: 1.15
import tensorflow as tf

m = tf.keras.Sequential([tf.keras.layers.InputLayer(input_shape=(3,)), tf.keras.layers.Dense(2)])
print(m.inputs, m.outputs, [l.name for l in m.layers])
m2 = tf.keras.Sequential()
m2.add(tf.keras.Input(shape=(5,)))
m2.add(tf.keras.layers.Dense(1))
print(m2.name, m2.outputs, m2.built)
