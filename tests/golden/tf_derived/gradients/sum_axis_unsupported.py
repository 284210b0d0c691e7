# source: tensorflow/python/ops/math_grad.py _SumGrad (reductions over some axes build math_ops.reduced_shape, which scopeplay does not model)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.reduce_sum(x, axis=1)
tf.gradients(y, x)
