# source: tensorflow/python/framework/ops.py Graph.get_collection ("filtered to include only items whose name attribute matches scope using re.match")
# tf: 1.15
import tensorflow as tf

a = tf.get_variable("scope/a", [1])
b = tf.get_variable("scope_long/b", [1])
c = tf.get_variable("other/scope/c", [1])
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="scope")])
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="scope/")])
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope=".*scope/")])
print([v.name for v in tf.global_variables("other")])
