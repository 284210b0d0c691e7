# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (name scope only) + tensorflow/python/ops/variable_scope.py variable_scope (default_name opens a uniquified name scope)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, default_name="d"):
    a = tf.Variable(1.0)
with tf.variable_scope(None, default_name="d"):
    b = tf.Variable(1.0)
    c = tf.Variable(1.0)
print(a.name)
print(b.name)
print(c.name)
