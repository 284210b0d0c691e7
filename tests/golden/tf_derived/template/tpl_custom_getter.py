# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_custom_getter (assertEqual(custom_getter_count[0], 0), 1, 2 for both create_scope_now_ values)
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


custom_getter_count = [0]


def custom_getter(getter, name, *args, **kwargs):
    custom_getter_count[0] += 1
    return getter(name, *args, **kwargs)


tmpl1 = tf.make_template("s1", variable_scoped_function, custom_getter_=custom_getter)
print(custom_getter_count[0])
tmpl1()
print(custom_getter_count[0])
tmpl1()
print(custom_getter_count[0])
custom_getter_count[0] = 0
tmpl2 = tf.make_template("s2", variable_scoped_function, custom_getter_=custom_getter,
                         create_scope_now_=True)
print(custom_getter_count[0])
print(tmpl2().name)
print(custom_getter_count[0])
tmpl2()
print(custom_getter_count[0])
print(tmpl2.variable_scope.custom_getter is custom_getter)
