# source: tensorflow/python/training/training_util.py create_global_step (with graph.as_default() as g, g.name_scope(None): variable_scope.get_variable(...) in the current variable scope)
# tf: 1.15
import tensorflow as tf
with tf.variable_scope("outer"):
    with tf.name_scope("inner"):
        step = tf.train.get_or_create_global_step()
print(step.name)
print(tf.train.get_global_step() is step)
