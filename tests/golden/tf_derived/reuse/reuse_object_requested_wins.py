# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__init__ (VariableScope(self._name_or_scope.reuse if not self._reuse else self._reuse, ...))
# tf: 1.15
# note: re-entering a captured scope object takes the object's reuse, not the enclosing scope's
import tensorflow as tf

with tf.variable_scope("s", reuse=True) as s:
    pass
with tf.variable_scope(s, reuse=tf.AUTO_REUSE) as s2:
    print(s2.reuse)
with tf.variable_scope("t") as t:
    pass
with tf.variable_scope("outer", reuse=True):
    with tf.variable_scope(t) as t2:
        print(t2.reuse)
