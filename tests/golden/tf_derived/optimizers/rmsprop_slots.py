# source: tensorflow/python/training/rmsprop.py RMSPropOptimizer._create_slots ("rms" with ones_initializer, then "momentum" zeros, both named self._name)
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
opt = tf.train.RMSPropOptimizer(0.01)
train = opt.minimize(tf.reduce_sum(w))
print(opt.get_slot(w, "rms").name)
print(opt.get_slot(w, "momentum").name)
print(opt.get_slot_names())
g = tf.get_default_graph()
print(g.get_operation_by_name("w/RMSProp/Initializer/ones").type)
print(g.get_operation_by_name("RMSProp/update_w/ApplyRMSProp").type)
print([op.name for op in g.get_operations() if op.name.startswith("RMSProp/") and op.type == "Const"])
