# source: tensorflow/python/keras/backend.py clear_session (new graph, reset_uids, keras_learning_phase = placeholder_with_default(False, shape=()) at the root) / learning_phase / set_learning_phase (a Python 0 or 1 stored for the graph) + tensorflow/python/keras/layers/core.py Dropout.call (training=None -> K.learning_phase(); smart_cond on 0/1 is static)
# tf: 1.15
import tensorflow as tf

x0 = tf.placeholder(tf.float32, [None, 3], name="old")
tf.keras.layers.Dense(2)(x0)
tf.keras.backend.clear_session()
print([op.name + " " + op.type for op in tf.get_default_graph().get_operations()])
print(tf.keras.backend.learning_phase())
print(tf.keras.layers.Dense(2).name)
x = tf.placeholder(tf.float32, [None, 3])
tf.keras.backend.set_learning_phase(1)
print(tf.keras.layers.Dropout(0.5)(x).name)
tf.keras.backend.set_learning_phase(0)
print(tf.keras.layers.Dropout(0.5)(x).name)
tf.keras.backend.set_learning_phase(2)
