# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testNoVariables (assertRaisesRegexp(ValueError, 'No.*variables'))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], trainable=False)
var1 = tf.Variable([3.0, 4.0], trainable=False)
cost = 5 * var0 + var1
sgd_op = tf.train.GradientDescentOptimizer(3.0)
sgd_op.minimize(cost)
