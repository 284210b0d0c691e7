# source: tensorflow/python/framework/ops.py Graph.get_collection ("The list contains the values in the order under which they were collected")
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("b"):
    x = tf.get_variable("x", [1])
a = tf.Variable(1.0, name="a")
with tf.variable_scope("a"):
    y = tf.get_variable("y", [1])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables("a")])
