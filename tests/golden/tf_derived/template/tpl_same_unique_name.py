# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_same_unique_name_raise_error (assertRaisesRegexp(ValueError, "Variable s1/dummy already exists, disallowed.*"))
# tf: 1.15
# note: unique_name_ is used verbatim (not uniquified), so the second template collides.
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


tmpl1 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
print(tmpl1().name)
tmpl2 = tf.make_template("_", variable_scoped_function, unique_name_="s1")
tmpl2()
