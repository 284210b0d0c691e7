# source: tensorflow/python/ops/array_ops.py placeholder (gen_array_ops.placeholder, default name "Placeholder") + tensorflow/python/framework/ops.py Tensor.__str__/__repr__
# tf: 1.15
import tensorflow as tf

a = tf.placeholder(tf.float32)
b = tf.placeholder(tf.int32, [2])
c = tf.placeholder(tf.float32, name="in")
print(a)
print(b)
print(repr(c))
