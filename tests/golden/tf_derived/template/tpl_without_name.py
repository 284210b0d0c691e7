# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_template_without_name (assertRaisesRegexp(ValueError, "name cannot be None."))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


tf.make_template(None, variable_scoped_function)
