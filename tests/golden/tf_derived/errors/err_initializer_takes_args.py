# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetVariableWithInitializerWhichTakesUnprovidedArgsAndNoShape (exact message in assertRaisesRegexp)
# tf: 1.15
import tensorflow as tf

tf.get_variable("foo", initializer=lambda x: [2])
