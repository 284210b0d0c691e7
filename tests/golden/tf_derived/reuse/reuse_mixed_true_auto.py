# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (self._reuse = self._reuse or self._old.reuse)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a", reuse=True):
    with tf.variable_scope("b", reuse=tf.AUTO_REUSE) as b:
        print(b.reuse)
with tf.variable_scope("c", reuse=tf.AUTO_REUSE):
    with tf.variable_scope("d", reuse=True) as d:
        print(d.reuse)
    with tf.variable_scope("e") as e:
        print(e.reuse)
    with tf.variable_scope("f", reuse=False) as f:
        print(f.reuse)
