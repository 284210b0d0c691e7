# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testRepr (dtype printed as <base>_ref) + tensorflow/python/ops/variables.py RefVariable.__repr__
# tf: 1.15
import tensorflow as tf

a = tf.Variable([1, 2])
b = tf.Variable(1.0, dtype=tf.float64, name="d")
c = tf.Variable([[True, False]], name="flags")
print(repr(a))
print(repr(b))
print(repr(c))
print(a.dtype)
print(b.dtype.base_dtype)
