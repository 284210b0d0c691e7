# source: tensorflow/python/training/saver.py Saver._build (self._var_list = variables._all_saveable_objects(): every global variable, slots and beta powers included)
# tf: 1.15
# note: the sorted names are beta1_power, beta2_power, w, w/Adam, w/Adam_1, so save/Assign_4 restores w/Adam_1
import tensorflow as tf
w = tf.get_variable("w", [2])
train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
saver = tf.train.Saver()
print(saver.saver_def.restore_op_name)
print(len([op for op in tf.get_default_graph().get_operations() if op.name.startswith("save/Assign")]))
print(tf.get_default_graph().get_operation_by_name("save/Assign_4").inputs[0].name)
