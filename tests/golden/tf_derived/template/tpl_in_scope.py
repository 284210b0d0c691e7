# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_template_in_scope (assertIs(v1, v2); assertEqual("scope/s1/dummy:0", v1.name); assertEqual("scope/s1_1/dummy:0", v3.name))
# tf: 1.15
# note: the second call re-enters the captured scope, so "scope2" is ignored.
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


tmpl1 = tf.make_template("s1", variable_scoped_function)
tmpl2 = tf.make_template("s1", variable_scoped_function)
with tf.variable_scope("scope"):
    v1 = tmpl1()
    v3 = tmpl2()
with tf.variable_scope("scope2"):
    v2 = tmpl1()
print(v1 is v2)
print(v1 is v3)
print(v1.name)
print(v3.name)
