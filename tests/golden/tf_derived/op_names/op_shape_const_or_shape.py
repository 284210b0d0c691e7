# source: tensorflow/python/ops/array_ops.py shape_internal (fully defined shape: constant(..., name=name) in name_scope(name, "Shape"); otherwise gen_array_ops.shape)
# tf: 1.15
import tensorflow as tf

c = tf.constant([[1.0, 2.0]])
p = tf.placeholder(tf.float32, [None, 2])
s1 = tf.shape(c)
s2 = tf.shape(p)
print(repr(s1.op))
print(repr(s2.op))
print(s1)
print(s2)
