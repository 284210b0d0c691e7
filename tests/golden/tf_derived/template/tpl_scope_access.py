# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_scope_access (assertEqual(ta.variable_scope.name, "foo/bar"); ... "foo/bar_1"; assertEqual(tc.variable_scope, None); ... "blah")
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


with tf.variable_scope("foo"):
    ta = tf.make_template("bar", variable_scoped_function, True)
    tb = tf.make_template("bar", variable_scoped_function, True)
print(ta.variable_scope.name)
print(tb.variable_scope.name)
print(ta.variable_scope_name)
with tf.variable_scope("foo_2"):
    tc = tf.make_template("blah", variable_scoped_function, False)
print(tc.variable_scope)
print(tc.variable_scope_name)
tc()
print(tc.variable_scope.name)
print(tc.name)
