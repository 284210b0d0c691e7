# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testNoGradients (assertRaisesRegexp(ValueError, 'No gradients'))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="a")
var1 = tf.Variable([3.0, 4.0], name="b")
cost = 5 * var0
sgd_op = tf.train.GradientDescentOptimizer(3.0)
sgd_op.minimize(cost, var_list=[var1])
