# source: tensorflow/python/framework/ops.py GraphKeys (GLOBAL_VARIABLES = "variables", LOCAL_VARIABLES = "local_variables", TRAINABLE_VARIABLES = "trainable_variables")
# tf: 1.15
import tensorflow as tf

print(tf.GraphKeys.GLOBAL_VARIABLES)
print(tf.GraphKeys.LOCAL_VARIABLES)
print(tf.GraphKeys.TRAINABLE_VARIABLES)
v = tf.get_variable("v", [1])
print([x.name for x in tf.get_collection("variables")])
print([x.name for x in tf.get_collection("trainable_variables")])
