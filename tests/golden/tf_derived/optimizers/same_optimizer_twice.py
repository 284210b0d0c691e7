# source: tensorflow/python/training/optimizer.py Optimizer._zeros_slot (if _var_key(var) not in named_slots) + _create_non_slot_variable (v = self._non_slot_dict.get(key, None))
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
loss = tf.reduce_sum(w)
opt = tf.train.AdamOptimizer()
a = opt.minimize(loss)
b = opt.minimize(loss)
print(a.name, b.name)
print([v.name for v in tf.global_variables()])
