# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (name = parent name + "/" + name) + tensorflow/python/framework/ops.py Graph.unique_name (prefix includes the stack)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a") as a1:
    with tf.variable_scope("a") as a2:
        print(a2.name, a2.original_name_scope)
        print(tf.get_variable("w", []).name)
    with tf.variable_scope("a") as a3:
        print(a3.name, a3.original_name_scope)
