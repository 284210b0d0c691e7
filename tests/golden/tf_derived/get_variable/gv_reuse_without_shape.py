# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeWithPartitioningTest.testAllowsReuseWithoutPartitioner (get_variable("name0") without shape under reuse=True) + tensorflow/python/ops/variable_scope.py _get_single_variable (shape.is_compatible_with)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("scope0"):
    v = tf.get_variable("name0", shape=(3, 1, 1))
with tf.variable_scope("scope0", reuse=True):
    v_reused = tf.get_variable("name0")
print(v_reused is v)
print(v_reused.name)
