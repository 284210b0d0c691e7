# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_enforces_no_extra_trainable_variables (assertRaises(ValueError) on the second call) + tensorflow/python/ops/template.py Template._call_func ("Trainable variable created when calling a template after the first time, ...: %s" % (trainable_variables[trainable_at_start:],))
# tf: 1.15
# note: the second call runs in name scope s_1 (re-entering the scope object opens name_scope("s")).
import tensorflow as tf


def function_with_create(trainable):
    tf.Variable(0, trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


tmpl = tf.make_template("s", function_with_create, trainable=True)
print(tmpl().name)
tmpl()
