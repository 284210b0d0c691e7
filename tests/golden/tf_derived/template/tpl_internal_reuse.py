# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_template_with_internal_reuse (assertEqual("s1/test/dummy:0", v1.name); assertEqual("s1_1/test/dummy:0", v3.name))
# tf: 1.15
import tensorflow as tf


def internally_variable_scoped_function(scope_name):
    with tf.variable_scope(scope_name):
        return tf.get_variable("dummy", shape=[1],
                               initializer=tf.zeros_initializer())


tmpl1 = tf.make_template("s1", internally_variable_scoped_function)
tmpl2 = tf.make_template("s1", internally_variable_scoped_function)
v1 = tmpl1("test")
v2 = tmpl1("test")
v3 = tmpl2("test")
print(v1 is v2)
print(v1 is v3)
print(v1.name)
print(v3.name)
