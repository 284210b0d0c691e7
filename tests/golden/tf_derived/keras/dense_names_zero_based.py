# source: tensorflow/python/keras/engine/base_layer.py Layer._init_set_name (backend.unique_object_name(to_snake_case(class name), zero_based=True)) + Layer.__call__ (name_scope(self._name_scope()) = the layer name, uniquified by the graph)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
a = tf.keras.layers.Dense(4)
b = tf.keras.layers.Dense(4)
c = tf.keras.layers.Dense(2, name="head")
print(a.name, b.name, c.name)
ya = a(x)
yb = b(x)
yc = c(ya)
print(ya.name, yb.name, yc.name)
print([v.name for v in tf.global_variables()])
