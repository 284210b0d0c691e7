# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testInitializationOrder (assertEqual("rnd:0", rnd.name), assertEqual([3, 6], rnd.get_shape()))
# tf: 1.15
import tensorflow as tf

rnd = tf.Variable(tf.random_uniform([3, 6]), name="rnd")
print(rnd.name)
print(rnd.get_shape())
print(rnd.shape.as_list())
