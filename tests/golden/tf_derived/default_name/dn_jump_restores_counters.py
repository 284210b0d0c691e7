# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__exit__ (scope-object entry restores variable_scopes_count copied on enter)
# tf: 1.15
# note: leaving the string scope 'default' reset default/layer to 0, so the jump starts numbering again
import tensorflow as tf

with tf.variable_scope("default") as default:
    with tf.variable_scope(None, "layer") as l:
        print(l.name)
with tf.variable_scope(default) as d2:
    with tf.variable_scope(None, "layer") as l:
        print(l.name, l.original_name_scope)
        print(tf.get_variable("w2", []).name)
    with tf.variable_scope(None, "layer") as l:
        print(l.name)
