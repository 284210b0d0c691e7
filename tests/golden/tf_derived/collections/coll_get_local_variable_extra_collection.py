# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testGetLocalVar + tensorflow/python/ops/variable_scope.py get_local_variable (collections += [LOCAL_VARIABLES])
# tf: 1.15
import tensorflow as tf

v = tf.get_local_variable("w", [], collections=["foo"])
print([x.name for x in tf.get_collection("foo")])
print([x.name for x in tf.get_collection(tf.GraphKeys.LOCAL_VARIABLES)])
print([x.name for x in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)])
