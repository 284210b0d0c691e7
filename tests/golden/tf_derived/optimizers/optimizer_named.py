# source: tensorflow/python/training/optimizer.py Optimizer.__init__ (self._name = name) + slot_creator.py (slot scope primary.op.name + "/" + name)
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
opt = tf.train.AdamOptimizer(name="MyAdam")
train = opt.minimize(tf.reduce_sum(w))
print(train.name)
print(opt.get_slot(w, "m").name, opt.get_slot(w, "v").name)
