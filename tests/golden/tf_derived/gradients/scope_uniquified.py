# source: tensorflow/python/ops/gradients_util.py _GradientsHelper (ops.name_scope(name, "gradients", ...) uniquifies: gradients_1)
# tf: 1.15
import tensorflow as tf
x = tf.constant([1.0, 2.0], name="x")
y = tf.square(x)
a = tf.gradients(y, x)[0]
b = tf.gradients(y, x)[0]
c = tf.gradients(y, x, name="grads")[0]
print(a.name)
print(b.name)
print(c.name)
