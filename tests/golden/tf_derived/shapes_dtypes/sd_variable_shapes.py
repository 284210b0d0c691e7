# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testInitialization (assertEqual([], var0.get_shape())) + tensorflow/python/framework/tensor_shape.py TensorShape.__str__
# tf: 1.15
import tensorflow as tf

var0 = tf.Variable(0.0)
var1 = tf.Variable([[1.0, 2.0, 3.0]])
print(var0.get_shape())
print(var0.shape)
print(var1.shape)
print(var1.get_shape().as_list())
