# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testRepr + testVariableNamesPreserveNameScopesWithDefun (assertEqual(v.name, "foo/bar:0"))
# tf: 1.15
import tensorflow as tf

with tf.name_scope("foo"):
    v = tf.Variable(tf.zeros([2, 2]), name="bar")
print(v)
print(v.initial_value.name)
