# source: tensorflow/python/layers/base.py Layer._make_unique_name (zero_based=False) and tensorflow/python/keras/engine/base_layer.py Layer._init_set_name (zero_based=True) share backend.PER_GRAPH_OBJECT_NAME_UIDS[graph][('', 'dense')]
# tf: 1.15
import tensorflow as tf

a = tf.layers.Dense(2)
b = tf.keras.layers.Dense(2)
c = tf.layers.Dense(2)
d = tf.keras.layers.Dense(2)
print(a.name, b.name, c.name, d.name)
with tf.Graph().as_default():
    print(tf.keras.layers.Dense(2).name, tf.layers.Dense(2).name)
