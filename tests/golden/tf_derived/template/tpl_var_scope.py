# source: tensorflow/python/ops/template.py Template.var_scope (deprecated alias returning self._variable_scope) + Template.name / Template.func
# tf: 1.15
import tensorflow as tf


def f():
    return tf.get_variable("v", shape=[2])


t = tf.make_template("net", f)
print(t.var_scope)
t()
print(t.var_scope is t.variable_scope)
print(t.var_scope.name)
print(t.name)
print(t.func is f)
