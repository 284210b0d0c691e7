# source: tensorflow/python/training/slot_creator.py create_slot_with_initializer (variable_scope(None, prefix + "/" + name) nests under the current variable scope) + ops.py init_scope (keeps the name scope)
# tf: 1.15
import tensorflow as tf
with tf.variable_scope("model"):
    w = tf.get_variable("w", [2])
    loss = tf.reduce_sum(w)
with tf.variable_scope("train"):
    tf.train.AdamOptimizer().minimize(loss)
for v in tf.global_variables():
    print(v.name)
