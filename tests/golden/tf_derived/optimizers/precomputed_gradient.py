# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testPrecomputedGradient (compute_gradients(cost, [var0, var1], grad_loss=grad_loss))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="a")
var1 = tf.Variable([3.0, 4.0], name="b")
cost = 5 * var0 + 3 * var1
grad_loss = tf.constant([42, -42], dtype=tf.float32)
sgd_op = tf.train.GradientDescentOptimizer(3.0)
grads_and_vars = sgd_op.compute_gradients(cost, [var0, var1], grad_loss=grad_loss)
for g, v in grads_and_vars:
    print(g.name, v.name)
opt_op = sgd_op.apply_gradients(grads_and_vars)
print(opt_op.name)
