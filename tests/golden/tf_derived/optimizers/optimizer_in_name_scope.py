# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (ops.init_scope(): _create_slots; name_scope(name, self._name)) + ops.py init_scope (name_scope(scope) re-enters the current name scope)
# tf: 1.15
# note: tf.Variable (beta1_power) follows the name scope; get_variable (the slots) ignores it
import tensorflow as tf
w = tf.get_variable("w", [2])
with tf.name_scope("training"):
    train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
print(train.name)
for v in tf.global_variables():
    print(v.name)
