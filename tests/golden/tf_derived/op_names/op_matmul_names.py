# source: tensorflow/python/ops/math_ops.py matmul (with ops.name_scope(name, "MatMul", [a, b]))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
w = tf.ones([3, 2])
y = tf.matmul(x, w)
z = tf.matmul(x, w, name="proj")
print(y)
print(z.name)
print(w.name)
print(tf.matmul(x, w).name)
