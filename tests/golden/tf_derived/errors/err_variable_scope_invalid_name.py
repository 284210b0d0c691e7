# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testTwoGraphs (assertRaisesRegexp(ValueError, "'_' is not a valid scope name"))
# tf: 1.15
import tensorflow as tf

g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    with g2.as_default():
        with tf.variable_scope("_"):
            pass
