# source: tensorflow/python/ops/math_ops.py matmul (static shape (?, 3) x (3, 2) -> (?, 2))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
w = tf.get_variable("w", [3, 2])
y = tf.matmul(x, w)
print(y)
print(repr(w))
