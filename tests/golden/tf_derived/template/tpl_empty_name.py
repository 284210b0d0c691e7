# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_template_with_empty_name (assertEqual("outer/", tpl.variable_scope_name); assertEqual("outer//dummy:0", v.name); assertEqual([x, v], tpl.variables))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


tpl = tf.make_template("", variable_scoped_function)
with tf.variable_scope("outer"):
    x = tf.get_variable("x", [])
    v = tpl()
print(tpl.variable_scope_name)
print(v.name)
print(tpl.variables == [x, v])
