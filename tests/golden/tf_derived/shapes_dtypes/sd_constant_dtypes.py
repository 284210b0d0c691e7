# source: tensorflow/python/framework/ops.py Tensor.__str__ + tensorflow/python/framework/constant_op.py constant (dtype inferred from the value)
# tf: 1.15
import tensorflow as tf

print(tf.constant([1, 2, 3]))
print(tf.constant(1.5))
print(tf.constant("s"))
print(tf.constant(True))
print(tf.constant([[1.0], [2.0]], dtype=tf.float64))
