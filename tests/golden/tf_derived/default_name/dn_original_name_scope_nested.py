# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (old_name_scope=current_name_scope_name for default names)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("top"):
    with tf.variable_scope(None, default_name="blk") as b1:
        print(b1.name, b1.original_name_scope)
    with tf.variable_scope(None, default_name="blk") as b2:
        print(b2.name, b2.original_name_scope)
        with tf.variable_scope(None, default_name="blk") as b3:
            print(b3.name, b3.original_name_scope)
