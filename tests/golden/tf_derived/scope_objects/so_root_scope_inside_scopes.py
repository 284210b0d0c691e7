# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeNameScope (root_var_scope re-entered: assertEqual(sc2, "testVarScopeNameScope3/scope2/"))
# tf: 1.15
import tensorflow as tf

root = tf.get_variable_scope()
with tf.variable_scope("x"):
    with tf.variable_scope(root) as r:
        print(repr(r.name))
        print(tf.get_variable("v", [1]).name)
        print(tf.constant(1.0, name="c").name)
        with tf.variable_scope("y") as y:
            print(y.name, y.original_name_scope)
