# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_immediate_scope_creation (assertEqual("ctor_scope/a/dummy:0", inner_imm_var.name); assertEqual("call_scope/b/dummy:0", inner_defer_var.name))
# tf: 1.15
import tensorflow as tf


def variable_scoped_function(trainable=True):
    return tf.get_variable("dummy", shape=[1], trainable=trainable,
                           initializer=tf.zeros_initializer())


with tf.variable_scope("ctor_scope"):
    tmpl_immed = tf.make_template("a", variable_scoped_function, True)
    tmpl_defer = tf.make_template("b", variable_scoped_function, False)
with tf.variable_scope("call_scope"):
    inner_imm_var = tmpl_immed()
    inner_defer_var = tmpl_defer()
outer_imm_var = tmpl_immed()
outer_defer_var = tmpl_defer()
print(inner_imm_var is inner_defer_var)
print(outer_imm_var is inner_imm_var)
print(outer_defer_var is inner_defer_var)
print(inner_imm_var.name)
print(inner_defer_var.name)
