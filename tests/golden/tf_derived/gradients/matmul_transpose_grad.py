# source: tensorflow/python/ops/math_grad.py _MatMulGrad (elif not t_a and t_b: mat_mul(grad, b); mat_mul(grad, a, transpose_a=True))
# tf: 1.15
import tensorflow as tf
a = tf.placeholder(tf.float32, [4, 3], name="a")
b = tf.placeholder(tf.float32, [2, 3], name="b")
y = tf.matmul(a, b, transpose_b=True)
ga, gb = tf.gradients(y, [a, b])
print(ga)
print(gb)
