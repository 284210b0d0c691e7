# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetVariableWithInitializerWhichTakesNoArgs (assertEqual(v.name, "foo:0")) + testGetVariableWithInitializerWhichTakesOptionalArgs
# tf: 1.15
# note: no shape: the lambda is the initial value (variable_dtype=None), so the dtype comes from [2]
import tensorflow as tf

v = tf.get_variable("foo", initializer=lambda: [2])
print(v.name)
print(repr(v))
w = tf.get_variable("bar", initializer=lambda x=True: [2])
print(w.name)
print([op.name for op in tf.get_default_graph().get_operations()])
