# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (root scope object: no name scope) + _VariableStore._get_single_variable
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [2])
with tf.name_scope("ns"):
    with tf.variable_scope(tf.get_variable_scope(), reuse=True) as r:
        print(repr(r.name))
        print(r.reuse)
        w = tf.get_variable("v", [2])
        c = tf.constant(1.0, name="c")
print(w is v)
print(c.name)
print(tf.get_variable_scope().reuse)
