# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testNoGradientsForAnyVariables_ApplyGradients (assertRaisesRegexp(ValueError, 'No gradients provided for any variable'))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="a")
var1 = tf.Variable([3.0, 4.0], name="b")
sgd_op = tf.train.GradientDescentOptimizer(3.0)
sgd_op.apply_gradients([(None, var0), (None, var1)])
