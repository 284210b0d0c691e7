# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeGetOrCreateReuse (variable created once, reused hereafter)
# tf: 1.15
import tensorflow as tf

def make():
    with tf.variable_scope("bar", reuse=tf.AUTO_REUSE):
        return tf.get_variable("var", [])

a = make()
b = make()
c = make()
print(a is b, b is c)
print(a.name)
print([v.name for v in tf.global_variables()])
