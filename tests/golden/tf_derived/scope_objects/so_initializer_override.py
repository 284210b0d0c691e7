# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__init__ (initializer copied from the captured scope, replaced when given)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s", initializer=tf.zeros_initializer()) as s:
    pass
with tf.variable_scope(s):
    a = tf.get_variable("a", [1])
with tf.variable_scope(s, initializer=tf.ones_initializer()):
    b = tf.get_variable("b", [1])
print([op.name for op in tf.get_default_graph().get_operations() if "Initializer" in op.name])
