# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_non_trainable_variables (assertEqual([], list(tb.trainable_variables)); assertEqual(1, len(tb.non_trainable_variables)))
# tf: 1.15
# note: both templates defer their scopes, so they are created at the top level as "a" and "b".
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


with tf.variable_scope("foo2"):
    ta = tf.make_template("a", variable_scoped_function, trainable=True)
    tb = tf.make_template("b", variable_scoped_function, trainable=False)
print(list(ta.variables), list(tb.variables))
ta()
tb()
print([v.name for v in ta.trainable_variables], list(ta.non_trainable_variables))
print(list(tb.trainable_variables), [v.name for v in tb.non_trainable_variables])
print([v.name for v in tb.non_trainable_weights])
