# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (does not exist ... reuse=tf.AUTO_REUSE) + slot_creator.py (the slot scope nests in the reusing scope)
# tf: 1.15
import tensorflow as tf
with tf.variable_scope("model"):
    w = tf.get_variable("w", [1])
with tf.variable_scope("model", reuse=True):
    w2 = tf.get_variable("w", [1])
    loss = tf.reduce_sum(w2)
    train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
