# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithCustomGetterTest.testCustomGetterWithReuse (assertEqual(v.name, "not_reused:0"), assertEqual(v2.name, "reused:0"))
# tf: 1.15
import tensorflow as tf

def custom_getter(getter, *args, **kwargs):
    var = getter(*args, **kwargs)
    if kwargs["reuse"]:
        return tf.identity(var, name="reused")
    else:
        return tf.identity(var, name="not_reused")

with tf.variable_scope("scope", custom_getter=custom_getter) as scope:
    v = tf.get_variable("v", [1])
with tf.variable_scope(scope, reuse=True):
    v2 = tf.get_variable("v", [1])
print(v.name)
print(v2.name)
