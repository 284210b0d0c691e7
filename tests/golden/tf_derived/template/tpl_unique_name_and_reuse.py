# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_unique_name_and_reuse (assertIs(v1, v2); assertIs(v1, v3); assertEqual("s1/dummy:0", v1.name))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


tmpl1 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
v1 = tmpl1()
v2 = tmpl1()
tf.get_variable_scope().reuse_variables()
tmpl2 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
v3 = tmpl2()
print(v1 is v2)
print(v1 is v3)
print(v1.name)
print(tmpl2.variable_scope.name)
