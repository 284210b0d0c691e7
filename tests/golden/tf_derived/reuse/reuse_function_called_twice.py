# source: tensorflow/python/ops/variable_scope.py variable_scope docstring (sharing with reuse=True) + _pure_variable_scope (name scopes keep counting)
# tf: 1.15
import tensorflow as tf

def layer(x, reuse):
    with tf.variable_scope("layer", reuse=reuse):
        w = tf.get_variable("w", [1])
        return tf.multiply(x, w)

x = tf.constant([1.0])
y1 = layer(x, reuse=False)
y2 = layer(x, reuse=True)
y3 = layer(x, reuse=True)
print(y1.name, y2.name, y3.name)
print([v.name for v in tf.global_variables()])
