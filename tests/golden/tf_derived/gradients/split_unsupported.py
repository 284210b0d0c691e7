# source: tensorflow/python/ops/array_grad.py _SplitGrad (array_ops.concat(list(grads), op.inputs[0]) by a tensor axis, which scopeplay does not model, so it refuses instead of naming ops wrongly)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [4], name="x")
a, b = tf.split(x, 2)
tf.gradients(a * b, x)
