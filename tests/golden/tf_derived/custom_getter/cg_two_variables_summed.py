# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithCustomGetterTest.testGetterThatCreatesTwoVariablesAndSumsThem (assertEqual("custom_getter/add:0", v.name))
# tf: 1.15
import tensorflow as tf

def custom_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/0" % name, *args, **kwargs)
    g_1 = getter("%s/1" % name, *args, **kwargs)
    with tf.name_scope("custom_getter"):
        return g_0 + g_1

with tf.variable_scope("scope", custom_getter=custom_getter):
    v = tf.get_variable("v", [1, 2, 3])
print(v.get_shape())
print([x.name for x in tf.trainable_variables()])
print(v.name)
