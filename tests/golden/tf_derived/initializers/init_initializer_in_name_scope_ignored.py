# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (ops.name_scope(None)) + tensorflow/python/ops/init_ops.py Zeros.__call__
# tf: 1.15
import tensorflow as tf

with tf.name_scope("outer"):
    with tf.name_scope("inner"):
        v = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
        t = tf.zeros([1])
print([op.name for op in tf.get_default_graph().get_operations()])
