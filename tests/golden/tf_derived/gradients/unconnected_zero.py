# source: tensorflow/python/ops/gradients_util.py _GetGrad (UnconnectedGradients.ZERO: array_ops.zeros_like(t, dtype=t_dtype))
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
z = tf.placeholder(tf.float32, [2], name="z")
y = tf.square(x)
g = tf.gradients(y, [x, z], unconnected_gradients="zero")
print(g[1])
