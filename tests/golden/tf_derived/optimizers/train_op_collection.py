# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testTrainOp (self.assertTrue(opt_op in ops.get_collection(ops.GraphKeys.TRAIN_OP)))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0])
var1 = tf.Variable([3.0, 4.0])
cost = 5 * var0 + 3 * var1
global_step = tf.Variable(tf.zeros([], tf.int64), name="global_step")
sgd_op = tf.train.GradientDescentOptimizer(3.0)
opt_op = sgd_op.minimize(cost, global_step, [var0, var1])
print(opt_op in tf.get_collection(tf.GraphKeys.TRAIN_OP))
print(opt_op)
