# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_internal_variable_reuse (assertEqual("s1/nested/x:0", v1.name); assertEqual("s1_1/nested/x:0", v3.name))
# tf: 1.15
import tensorflow as tf


def nested():
    with tf.variable_scope("nested") as vs:
        v1 = tf.get_variable("x", initializer=tf.zeros_initializer(), shape=[])
    with tf.variable_scope(vs, reuse=True):
        v2 = tf.get_variable("x")
    print(v1 is v2)
    return v1


tmpl1 = tf.make_template("s1", nested)
tmpl2 = tf.make_template("s1", nested)
v1 = tmpl1()
v2 = tmpl1()
v3 = tmpl2()
print(v1 is v2)
print(v1 is v3)
print(v1.name)
print(v3.name)
