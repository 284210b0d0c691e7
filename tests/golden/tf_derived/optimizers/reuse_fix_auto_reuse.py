# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope (reuse = self._reuse or self._old.reuse; AUTO_REUSE creates missing variables) + slot_creator.py
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [1])
loss = tf.reduce_sum(w)
tf.get_variable_scope().reuse_variables()
with tf.variable_scope(tf.get_variable_scope(), reuse=tf.AUTO_REUSE):
    train = tf.train.AdamOptimizer().minimize(loss)
print(train.name)
print([v.name for v in tf.global_variables()])
