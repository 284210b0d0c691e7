# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (string name always opens ops.name_scope(name))
# tf: 1.15
import tensorflow as tf

outs = []
for i in range(3):
    with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [1])
        outs.append(tf.identity(w))
print([o.name for o in outs])
print([v.name for v in tf.global_variables()])
