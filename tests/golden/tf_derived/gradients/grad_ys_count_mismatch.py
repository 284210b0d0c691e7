# source: tensorflow/python/ops/gradients_util.py _DefaultGradYs (raise ValueError("Passed %d grad_ys for %d ys" % (len(grad_ys), len(ys))))
# tf: 1.15
import tensorflow as tf
x = tf.constant([1.0, 2.0], name="x")
y = tf.square(x)
tf.gradients([y], x, grad_ys=[tf.constant([1.0, 1.0]), tf.constant([1.0, 1.0])])
