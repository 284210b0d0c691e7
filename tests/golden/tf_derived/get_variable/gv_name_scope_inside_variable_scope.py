# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (full_name from the variable scope only) + tensorflow/python/framework/ops.py Graph.name_scope
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("a"):
    with tf.name_scope("b"):
        w = tf.get_variable("w", [1])
        c = tf.constant(1.0, name="c")
        u = tf.get_variable("x/y", [1])
print(w.name)
print(c.name)
print(u.name)
