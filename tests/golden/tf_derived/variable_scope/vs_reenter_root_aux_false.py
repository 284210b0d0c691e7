# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testReenterRootScopeWhenAuxiliaryNameScopeIsFalse (assertEqual(variable_scope.get_variable("w1", []).name, "w1:0"), assertEqual(constant_op.constant([], name="c1").name, "outer/c1:0"))
# tf: 1.15
import tensorflow as tf

root_scope = tf.get_variable_scope()
with tf.variable_scope(root_scope, auxiliary_name_scope=False) as scope:
    print(repr(scope.original_name_scope))
    print(tf.get_variable("w", []).name)
    print(tf.constant([], name="c").name)
with tf.variable_scope("outer"):
    with tf.variable_scope(root_scope, auxiliary_name_scope=False) as inner:
        print(repr(inner.original_name_scope))
        print(tf.get_variable("w1", []).name)
        print(tf.constant([], name="c1").name)
