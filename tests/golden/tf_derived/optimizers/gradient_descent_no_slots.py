# source: tensorflow/python/training/optimizer.py Optimizer._create_slots ("No slots needed by default") + get_slot_names
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [1])
opt = tf.train.GradientDescentOptimizer(0.1)
opt.minimize(tf.reduce_sum(w))
print(opt.get_slot_names())
print(opt.get_slot(w, "momentum"))
print(opt.variables())
print(opt.get_name())
