# source: tensorflow/python/framework/tensor_shape.py TensorShape.__repr__ (v1 behaviour: "TensorShape(%r)" % self._dims)
# tf: 1.15
import tensorflow as tf

print(repr(tf.placeholder(tf.float32, [None, 3]).shape))
print(repr(tf.placeholder(tf.float32, []).shape))
print(repr(tf.placeholder(tf.float32).shape))
