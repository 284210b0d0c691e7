# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_permits_extra_non_trainable_variables (assertIs(tmpl(), tmpl()))
# tf: 1.15
# note: each call's tf.Variable lands in that call's name scope (s, then s_1); only a logging.info notes it.
import tensorflow as tf


def function_with_create(trainable):
    tf.Variable(0, trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


tmpl = tf.make_template("s", function_with_create, trainable=False)
print(tmpl() is tmpl())
print([v.name for v in tf.global_variables()])
print([v.name for v in tmpl.non_trainable_variables])
print([v.name for v in tmpl.trainable_variables])
