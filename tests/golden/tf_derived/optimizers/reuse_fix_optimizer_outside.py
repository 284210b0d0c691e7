# source: tensorflow/python/ops/variable_scope.py variable_scope (reuse only inside the with block) + slot_creator.py
# tf: 1.15
import tensorflow as tf
with tf.variable_scope("model"):
    w = tf.get_variable("w", [1])
with tf.variable_scope("model", reuse=True):
    loss = tf.reduce_sum(tf.get_variable("w", [1]))
train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
print(train.name)
print([v.name for v in tf.global_variables()])
