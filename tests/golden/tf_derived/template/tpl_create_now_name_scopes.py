# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_name_scopes_for_variable_scopes ("First application of template should get same name scope as variables.") + tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (name_scope = self._name_or_scope when old_name_scope is None)
# tf: 1.15
# note: create_scope_now_ opens no name scope, so the scope's original_name_scope is the bare name.
import tensorflow as tf


def scale(x):
    s = tf.get_variable("s", shape=[], initializer=tf.ones_initializer())
    return tf.multiply(x, s, name="scaled")


with tf.variable_scope("outer"):
    t = tf.make_template("scale", scale, create_scope_now_=True)
print(repr(t.variable_scope.original_name_scope))
print(tf.get_default_graph().get_name_scope() == "")
x = tf.constant(1.0)
print(t(x).name)
with tf.name_scope("elsewhere"):
    print(t(x).name)
print(t(x).name)
