# source: tensorflow/python/ops/gradients_util.py _GetGrad (unconnected_gradients == UnconnectedGradients.NONE: return None)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
z = tf.placeholder(tf.float32, [2], name="z")
y = tf.square(x)
print(tf.gradients(y, [x, z]))
