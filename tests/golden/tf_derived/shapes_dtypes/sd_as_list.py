# source: tensorflow/python/framework/tensor_shape.py TensorShape.as_list
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
print(x.shape.as_list())
print(x.get_shape().as_list())
print(tf.zeros([2, 3]).shape.as_list())
