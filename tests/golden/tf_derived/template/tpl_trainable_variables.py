# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_trainable_variables (assertEqual(1, len(ta.trainable_variables)); assertEqual([], list(ta.non_trainable_variables)); assertEqual(1, len(ta.variables)))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


with tf.variable_scope("foo2"):
    ta = tf.make_template("bar", variable_scoped_function, True)
    tb = tf.make_template("bar", variable_scoped_function, True)
print(list(ta.trainable_variables), list(tb.trainable_variables))
ta()
tb()
print([v.name for v in ta.trainable_variables])
print([v.name for v in tb.trainable_variables])
print(list(ta.non_trainable_variables), list(tb.non_trainable_variables))
print(len(ta.variables), len(tb.variables))
print(ta.weights == ta.variables, ta.trainable_weights == ta.trainable_variables)
