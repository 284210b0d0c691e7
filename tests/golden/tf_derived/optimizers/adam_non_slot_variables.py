# source: tensorflow/python/training/adam.py AdamOptimizer._create_slots (_create_non_slot_variable(initial_value=self._beta1, name="beta1_power", ...)) + optimizer.py Optimizer._create_non_slot_variable
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
opt = tf.train.AdamOptimizer()
opt.minimize(tf.reduce_sum(w))
b1, b2 = opt._get_beta_accumulators()
print(b1)
print(b2)
print(b1.trainable, b1 in tf.trainable_variables())
print([v.name for v in opt.variables()])
