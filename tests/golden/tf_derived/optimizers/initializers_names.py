# source: tensorflow/python/ops/variables.py variables_initializer (control_flow_ops.group(*[v.initializer for v in var_list], name=name), no_op when empty) + global_variables_initializer / local_variables_initializer
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [1])
tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
print(tf.global_variables_initializer().name)
print(tf.global_variables_initializer().type)
print(tf.local_variables_initializer().name)
print(tf.variables_initializer([w], name="init_w").name)
print(tf.variables_initializer([]).type)
