# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_template_with_internal_reuse (assertRaises(ValueError): tmpl1("not_test")) + tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Variable %s does not exist, or was not created with tf.get_variable(). ...")
# tf: 1.15
# note: the later call reuses the template's scope, so a new name cannot be created.
import tensorflow as tf


def internally_variable_scoped_function(scope_name):
    with tf.variable_scope(scope_name):
        return tf.get_variable("dummy", shape=[1],
                               initializer=tf.zeros_initializer())


tmpl1 = tf.make_template("s1", internally_variable_scoped_function)
print(tmpl1("test").name)
tmpl1("not_test")
