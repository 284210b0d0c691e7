# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testCreatedByDefaultNameWhenAuxiliaryNameScopeIsFalse (assertEqual(inner.original_name_scope, "outer/"), assertEqual(constant_op.constant([], name="c").name, "outer/default/c:0"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as scope:
    print(repr(scope.original_name_scope))
    print(tf.get_variable("w", []).name)
    print(tf.constant([], name="c").name)
with tf.name_scope("default"):
    print(tf.constant([], name="c").name)
with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as inner:
        print(inner.original_name_scope)
        print(tf.get_variable("w", []).name)
        print(tf.constant([], name="c").name)
    with tf.name_scope("default"):
        print(tf.constant([], name="c").name)
