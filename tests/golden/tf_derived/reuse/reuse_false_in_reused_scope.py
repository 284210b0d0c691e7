# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeObjectReuse ("Inherited, cannot be undone") + tensorflow/python/ops/variable_scope.py variable_scope.__init__ (reuse False -> None)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("m"):
    v = tf.get_variable("v", [1])
with tf.variable_scope("m", reuse=True):
    with tf.variable_scope("n", reuse=False) as n:
        print(n.reuse)
        try:
            tf.get_variable("u", [1])
        except ValueError as e:
            print(e)
