# source: tensorflow/python/training/momentum_test.py MomentumOptimizerTest._testMomentum (self.assertEqual(["momentum"], mom_opt.get_slot_names()))
# tf: 1.15
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
mom_opt = tf.train.MomentumOptimizer(learning_rate=2.0, momentum=0.9)
mom_update = mom_opt.apply_gradients(zip([tf.constant([0.1, 0.1]), tf.constant([0.01, 0.01])], [var0, var1]))
print(mom_opt.get_slot_names())
print(mom_opt.get_slot(var0, "momentum").name)
print(mom_opt.get_slot(var1, "momentum").name)
print(mom_update.name)
