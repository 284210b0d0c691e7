# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithCustomGetterTest.testNestedCustomGetters (template "prod_scope/sum_scope/inner_sum_scope/v/sum_%d/sum_%d/prod_%d:0"; the test's TODO names sum_getter_2/add:0)
# tf: 1.15
import tensorflow as tf

def sum_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/sum_0" % name, *args, **kwargs)
    g_1 = getter("%s/sum_1" % name, *args, **kwargs)
    with tf.name_scope("sum_getter"):
        return g_0 + g_1

def prod_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/prod_0" % name, *args, **kwargs)
    g_1 = getter("%s/prod_1" % name, *args, **kwargs)
    with tf.name_scope("prod_getter"):
        return g_0 * g_1

with tf.variable_scope("prod_scope", custom_getter=prod_getter):
    with tf.variable_scope("sum_scope", custom_getter=sum_getter):
        with tf.variable_scope("inner_sum_scope", custom_getter=sum_getter):
            v = tf.get_variable("v", [1, 2, 3])
for x in tf.trainable_variables():
    print(x.name)
print(v.name)
