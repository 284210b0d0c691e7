# source: tensorflow/python/framework/ops.py Tensor.__repr__ ("<tf.Tensor '%s' shape=%s dtype=%s>") and Tensor.__str__ (shape omitted when ndims is None)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
u = tf.placeholder(tf.int64, name="u")
print(repr(x))
print(str(x))
print(repr(u))
print(str(u))
