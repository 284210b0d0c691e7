# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__init__ (requested reuse AUTO_REUSE replaces the captured reuse)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("enc") as enc:
    a = tf.get_variable("a", [1])
with tf.variable_scope(enc, reuse=tf.AUTO_REUSE):
    a2 = tf.get_variable("a", [1])
    b = tf.get_variable("b", [1])
print(a2 is a)
print(b.name)
print([v.name for v in tf.global_variables()])
