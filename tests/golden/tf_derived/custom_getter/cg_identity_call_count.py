# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithCustomGetterTest.testNoSideEffectsWithIdentityCustomGetter (assertEqual(3, called[0]))
# tf: 1.15
import tensorflow as tf

called = [0]

def custom_getter(getter, *args, **kwargs):
    called[0] += 1
    return getter(*args, **kwargs)

with tf.variable_scope("scope", custom_getter=custom_getter) as scope:
    v = tf.get_variable("v", [1])
with tf.variable_scope(scope, reuse=True):
    v2 = tf.get_variable("v", [1])
with tf.variable_scope("new_scope") as new_scope:
    v3 = tf.get_variable("v3", [1])
with tf.variable_scope(new_scope, reuse=True, custom_getter=custom_getter):
    v4 = tf.get_variable("v3", [1])
print(v is v2, v3 is v4)
print(called[0])
print(v.name, v3.name)
