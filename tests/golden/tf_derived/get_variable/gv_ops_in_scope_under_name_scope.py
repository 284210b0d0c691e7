# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (with ops.name_scope(None) around creation; full_name = scope name + "/" + name)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("ns"):
    with tf.variable_scope("foo"):
        v = tf.get_variable("v", [2], initializer=tf.ones_initializer())
        c = tf.constant(1.0, name="c")
print([op.name for op in tf.get_default_graph().get_operations()])
