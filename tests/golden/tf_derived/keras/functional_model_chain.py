# source: tensorflow/python/keras/engine/network.py Network._init_graph_network (a Model over existing Keras tensors creates no ops; layers start with the InputLayer) / _run_internal_graph (calling the model replays its layers inside name_scope(model.name)) + tensorflow/python/keras/engine/training.py Model (named 'model')
# tf: 1.15
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
h = tf.keras.layers.Dense(4, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)(h)
n = len(tf.get_default_graph().get_operations())
model = tf.keras.Model(inputs=inputs, outputs=outputs)
print(len(tf.get_default_graph().get_operations()) == n)
print(model.name, [l.name for l in model.layers])
print([w.name for w in model.weights])
y = model(tf.placeholder(tf.float32, [None, 3], name="x"))
print(y)
try:
    tf.keras.Model(inputs=tf.placeholder(tf.float32, [None, 3]), outputs=outputs)
except ValueError as e:
    print(str(e)[:60])
