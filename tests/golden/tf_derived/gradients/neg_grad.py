# source: tensorflow/python/ops/math_grad.py _NegGrad (return -grad)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
g = tf.gradients(-x, x)[0]
print(g.name, g.op.type)
