# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (ops.name_scope(default_name) and _get_unique_variable_scope(default_name) are uniquified independently)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("dense"):
    pass
with tf.variable_scope(None, default_name="dense") as d:
    print(d.name)
    print(d.original_name_scope)
    print(tf.get_variable("kernel", [1]).name)
    print(tf.identity(1.0).name)
