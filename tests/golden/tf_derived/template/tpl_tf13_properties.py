# source: tensorflow/python/ops/template.py (v1.3.0) Template (properties: variable_scope and var_scope only)
# tf: 1.3
import tensorflow as tf


def f():
    return tf.get_variable("v", shape=[2])


t1 = tf.make_template("net", f)
t2 = tf.make_template("net", f)
print(t1().name, t1().name, t2().name)
print(t1.variable_scope.name)
t1.variables
