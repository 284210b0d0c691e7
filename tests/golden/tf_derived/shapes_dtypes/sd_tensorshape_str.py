# source: tensorflow/python/framework/tensor_shape_test.py ShapeTest.testStr (assertEqual("<unknown>", ...), "()", "(7,)", "(3, 8)", "(4, 5, 2)")
# tf: 1.15
import tensorflow as tf

print(tf.placeholder(tf.float32).shape)
print(tf.placeholder(tf.float32, []).shape)
print(tf.placeholder(tf.float32, [7]).shape)
print(tf.placeholder(tf.float32, [3, 8]).shape)
print(tf.placeholder(tf.float32, [4, 5, 2]).shape)
print(tf.placeholder(tf.float32, [32, None, 1, 9]).shape)
print(tf.placeholder(tf.float32, [None]).shape)
