# source: tensorflow/python/ops/gradients_util.py _StopOps (stop_ops.update(op for op in stop_gradient_ops))
# tf: 1.15
# note: with a and b both stopped, only the Add's gradient reaches them: grad for a is the incoming gradient
import tensorflow as tf
a = tf.placeholder(tf.float32, [2], name="a")
b = a * 2.0
c = b + a
print(tf.gradients(c, [a, b], stop_gradients=[a, b]))
