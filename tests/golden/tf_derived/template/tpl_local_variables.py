# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_local_variables (assertEqual(0, len(ta.local_variables)); assertEqual(1, len(tb.local_variables)))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


def variable_scoped_function_with_local_variable():
    tf.get_local_variable("local", shape=[1], initializer=tf.zeros_initializer())
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


with tf.variable_scope("foo3"):
    ta = tf.make_template("bar", variable_scoped_function, True)
    tb = tf.make_template("bar", variable_scoped_function_with_local_variable)
print(list(ta.local_variables), list(tb.local_variables))
ta()
tb()
print(len(ta.local_variables), [v.name for v in tb.local_variables])
print([v.name for v in tb.variables])
