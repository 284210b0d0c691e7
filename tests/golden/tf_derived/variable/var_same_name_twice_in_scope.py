# source: tensorflow/python/ops/variables.py RefVariable._init_from_args + tensorflow/python/framework/ops.py Graph.unique_name
# tf: 1.15
import tensorflow as tf

with tf.name_scope("s"):
    a = tf.Variable(1.0, name="w")
    b = tf.Variable(1.0, name="w")
print(a.name, b.name)
print(b.value().name)
