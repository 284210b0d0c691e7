# source: tensorflow/python/training/adam.py AdamOptimizer._create_slots (_zeros_slot(v, "m", self._name); _zeros_slot(v, "v", self._name)) + slot_creator.py create_slot_with_initializer (variable_scope(None, prefix + "/" + name))
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2, 3])
loss = tf.reduce_sum(w)
opt = tf.train.AdamOptimizer(0.01)
opt.minimize(loss)
print(opt.get_slot(w, "m").name)
print(opt.get_slot(w, "v").name)
print(opt.get_slot_names())
