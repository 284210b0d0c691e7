# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (reuse inherited by sub-scopes)
# tf: 1.15
# note: leaving the string scope 'model' resets the counters of its sub-scopes, so the default-name scope is 'dec' both times
import tensorflow as tf

def block():
    with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
        with tf.variable_scope("enc"):
            e = tf.get_variable("w", [1])
        with tf.variable_scope(None, default_name="dec") as d:
            return e, d.name

e1, d1 = block()
e2, d2 = block()
print(e1 is e2)
print(d1, d2)
