# source: tensorflow/python/framework/ops_test.py NameStackTest.testUniqueNameCaseInsensitivity (one lower-cased key for add/Add, mul/Mul, sub/Sub)
# tf: 1.15
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0)
print((a + b).name)
print(tf.add(a, b).name)
print((a * b).name)
print(tf.multiply(a, b).name)
print((a - b).name)
print(tf.subtract(a, b).name)
print(tf.add(a, b).name)
