# source: tensorflow/python/ops/array_grad.py _ConcatGradV2 (ConcatOffset and Slice ops, which scopeplay does not model)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
y = tf.concat([x, x], 0)
tf.gradients(y, x)
