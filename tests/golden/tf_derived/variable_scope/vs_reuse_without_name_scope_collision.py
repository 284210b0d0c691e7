# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testReuseScopeWithoutNameScopeCollision (Github issue 13429; assertEqual(constant_op.constant([], name="c").name, "another/inner/c:0"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("outer"):
    with tf.variable_scope("inner") as inner:
        pass
with tf.variable_scope(inner, auxiliary_name_scope=False) as scope:
    with tf.name_scope(scope.original_name_scope):
        print(tf.get_variable("w", []).name)
        print(tf.constant([], name="c").name)
    with tf.name_scope("inner"):
        print(tf.constant([], name="c").name)
with tf.variable_scope("another"):
    with tf.variable_scope(inner, auxiliary_name_scope=False) as scope1:
        with tf.name_scope(scope1.original_name_scope):
            print(tf.get_variable("w1", []).name)
            print(tf.constant([], name="c1").name)
        with tf.name_scope("inner"):
            print(tf.constant([], name="c").name)
