# source: tensorflow/python/keras/engine/sequential.py Sequential.add (no input shape: the layers wait) / call (each layer called inside the model's name scope) + tensorflow/python/keras/engine/base_layer.py Layer.__call__ (name_scope(model.name))
# tf: 1.15
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="relu"), tf.keras.layers.Dense(2)])
print(model.name, [l.name for l in model.layers], model.built)
x = tf.placeholder(tf.float32, [None, 3], name="x")
y = model(x)
print(y)
print([v.name for v in model.trainable_variables])
print([v.name for v in tf.global_variables()])
