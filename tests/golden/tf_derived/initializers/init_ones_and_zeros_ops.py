# source: tensorflow/python/ops/init_ops.py Zeros.__call__ / Ones.__call__ (array_ops.zeros / array_ops.ones)
# tf: 1.15
import tensorflow as tf

a = tf.get_variable("a", [2], initializer=tf.ones_initializer())
b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
