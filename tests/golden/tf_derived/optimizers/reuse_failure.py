# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Variable %s does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?") + slot_creator.py create_slot_with_initializer
# tf: 1.15
# note: the slot's variable_scope(None, "w/Adam") inherits reuse=True, so get_variable("") looks up w/Adam/
import tensorflow as tf
w = tf.get_variable("w", [1])
loss = tf.reduce_sum(w)
tf.get_variable_scope().reuse_variables()
train = tf.train.AdamOptimizer().minimize(loss)
