# source: tensorflow/python/framework/tensor_shape_test.py DimensionTest.testRepr / testStr (repr "Dimension(7)", "Dimension(None)"; str "7", "?")
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 7])
print(x.shape[0])
print(x.shape[1])
print(repr(x.shape[0]))
print(repr(x.shape[1]))
