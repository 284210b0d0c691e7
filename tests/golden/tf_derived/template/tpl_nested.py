# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_nested_templates (assertEqual("s1/nested/dummy:0", v1.name) ... "s1_1/nested_1/dummy:0"; assertEqual(1, len(nested1.variables)); assertIs(v1, v3))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


def nested_template():
    nested1 = tf.make_template("nested", variable_scoped_function)
    nested2 = tf.make_template("nested", variable_scoped_function)
    v1 = nested1()
    v2 = nested2()
    print(v1 is v2, len(nested1.variables), len(nested2.variables),
          nested1.variables[0] is v1, nested2.trainable_variables[0] is v2,
          len(nested1.non_trainable_variables))
    return v1, v2


tmpl1 = tf.make_template("s1", nested_template)
tmpl2 = tf.make_template("s1", nested_template)
v1, v2 = tmpl1()
v3, v4 = tmpl1()
v5, v6 = tmpl2()
print(v1 is v3, v2 is v4, v1 is v5, v2 is v6)
print([v.name for v in tmpl1.variables])
print([v.name for v in tmpl2.trainable_variables])
print(len(tmpl1.non_trainable_variables))
