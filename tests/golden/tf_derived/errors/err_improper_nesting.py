# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeNestingError (assertRaises(RuntimeError)) + tensorflow/python/ops/variable_scope.py _pure_variable_scope.__exit__ ("Improper nesting of variable_scope.")
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("aa"):
    scope = tf.variable_scope("bb")
    scope.__enter__()
    with tf.variable_scope("cc"):
        try:
            scope.__exit__(None, None, None)
        except RuntimeError as e:
            print(e)
    scope.__exit__(None, None, None)
print(tf.get_variable_scope().name == "")
