# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (original_name_scope is the name scope opened on first entry)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("train"):
    with tf.variable_scope("model") as m:
        print(m.original_name_scope)
with tf.name_scope("eval"):
    with tf.variable_scope(m, reuse=True) as m2:
        print(m2.original_name_scope)
        print(tf.get_default_graph().get_name_scope())
