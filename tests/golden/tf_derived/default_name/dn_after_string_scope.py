# source: tensorflow/python/ops/variable_scope.py _get_unique_variable_scope (counts every entered scope name, string or default) + tensorflow/python/framework/ops.py Graph.unique_name
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("layer") as s1:
    pass
with tf.variable_scope(None, "layer") as s2:
    pass
with tf.variable_scope("layer_1") as s3:
    pass
with tf.variable_scope(None, "layer") as s4:
    pass
for s in [s1, s2, s3, s4]:
    print(s.name, s.original_name_scope)
