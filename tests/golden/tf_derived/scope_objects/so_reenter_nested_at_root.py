# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (name_scope = name_or_scope.name.split("/")[-1]; old_name_scope = name_or_scope.original_name_scope)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.variable_scope("b") as b:
        pass
with tf.variable_scope(b) as b2:
    print(b2.name)
    print(b2.original_name_scope)
    print(tf.get_variable("w", []).name)
    print(tf.constant(1.0, name="c").name)
with tf.variable_scope(b) as b3:
    print(tf.constant(1.0, name="c").name)
