# source: tensorflow/python/training/rmsprop.py RMSPropOptimizer._create_slots (if self._centered: self._zeros_slot(v, "mg", self._name)) + _apply_dense (apply_centered_rms_prop)
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
opt = tf.train.RMSPropOptimizer(0.01, centered=True)
opt.minimize(tf.reduce_sum(w))
for s in opt.get_slot_names():
    print(s, opt.get_slot(w, s).name)
print(tf.get_default_graph().get_operation_by_name("RMSProp/update_w/ApplyCenteredRMSProp").type)
