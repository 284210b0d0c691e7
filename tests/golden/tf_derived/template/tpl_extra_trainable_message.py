# source: tensorflow/python/ops/template.py Template._call_func (arg0 = "%s\n\noriginally defined at:\n%s" % (arg0, trace)) + tensorflow/python/kernel_tests/template_test.py TemplateTest.test_enforces_no_extra_trainable_variables
# tf: 1.15
# note: the error text gains a blank line and "originally defined at:" before the template's creation trace.
import tensorflow as tf


def function_with_create(trainable):
    tf.Variable(0, trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


tmpl = tf.make_template("s", function_with_create, trainable=True)
tmpl()
try:
    tmpl()
except ValueError as e:
    lines = str(e).split("\n")
    print(lines[0][-57:])
    print(repr(lines[1]))
    print(lines[2])
    print(len(e.args))
print(len(tf.trainable_variables()))
