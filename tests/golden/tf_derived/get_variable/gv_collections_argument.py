# source: tensorflow/python/ops/variable_scope.py get_variable (collections replaces GLOBAL_VARIABLES) + tensorflow/python/ops/variables.py RefVariable._init_from_args (trainable still adds TRAINABLE_VARIABLES)
# tf: 1.15
import tensorflow as tf

a = tf.get_variable("a", [], collections=["my"])
b = tf.get_variable("b", [])
print([v.name for v in tf.get_collection("my")])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
