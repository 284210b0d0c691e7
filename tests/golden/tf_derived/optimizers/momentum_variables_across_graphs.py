# source: tensorflow/python/training/momentum_test.py MomentumOptimizerTest.testVariablesAcrossGraphs (assertStartsWith(optimizer_variables[0].name, "var0"))
# tf: 1.15
import tensorflow as tf
optimizer = tf.train.MomentumOptimizer(0.01, 0.5)
with tf.Graph().as_default():
    var0 = tf.Variable([1.0, 2.0], name="var0")
    var1 = tf.Variable([3.0, 4.0], name="var1")
    loss = tf.reduce_sum(var0 + var1)
    optimizer.minimize(loss)
    print([v.name for v in optimizer.variables()])
with tf.Graph().as_default():
    var2 = tf.Variable([1.0, 2.0], name="var2")
    var3 = tf.Variable([3.0, 4.0], name="var3")
    loss = tf.reduce_sum(var2 + var3)
    optimizer.minimize(loss)
    print([v.name for v in optimizer.variables()])
