# source: tensorflow/python/training/slot_creator_test.py SlotCreatorTest.testCreateSlotFromVariableRespectsScope (self.assertEqual("scope/scope/var/slot", slot.op.name))
# tf: 1.15
# note: create_zeros_slot runs variable_scope(None, "scope/var/slot") inside scope "scope"; the optimizer is named "slot" so the slot scope matches the test's
import tensorflow as tf
with tf.variable_scope("scope"):
    v = tf.Variable([1.0, 2.5], name="var")
    opt = tf.train.MomentumOptimizer(0.1, 0.9, name="slot")
    opt.minimize(tf.reduce_sum(v))
print(opt.get_slot(v, "momentum").op.name)
