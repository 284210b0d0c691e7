# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_global_variables (assertEqual([], list(ta.global_variables)); assertEqual(1, len(ta.global_variables)); assertEqual(2, len(tb.global_variables)))
# tf: 1.15
# note: tb defers its scope, so it is created at the top level ("s"), not under "foo".
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


def function_with_create(trainable):
    tf.Variable(0, trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


with tf.variable_scope("foo"):
    ta = tf.make_template("bar", variable_scoped_function, True)
    tb = tf.make_template("s", function_with_create, trainable=False)
print(list(ta.global_variables), list(tb.global_variables))
ta()
tb()
print([v.name for v in ta.global_variables])
print([v.name for v in tb.global_variables])
