# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (ops.name_scope(name, self._name): the second call uniquifies to Adam_1) + _create_non_slot_variable (one per optimizer: beta1_power_1)
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
loss = tf.reduce_sum(w)
a = tf.train.AdamOptimizer().minimize(loss)
b = tf.train.AdamOptimizer().minimize(loss)
print(a.name, b.name)
print([v.name for v in tf.global_variables()])
