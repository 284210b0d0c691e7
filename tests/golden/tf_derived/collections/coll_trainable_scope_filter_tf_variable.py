# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testCollectionsWithScope (assertEqual([var_x], variables.trainable_variables("scope_1")))
# tf: 1.15
import tensorflow as tf

with tf.name_scope("scope_1"):
    var_x = tf.Variable(2.0)
with tf.name_scope("scope_2"):
    var_y = tf.Variable(2.0, trainable=False)
print([v.name for v in tf.trainable_variables("scope_1")])
print([v.name for v in tf.trainable_variables("scope_2")])
print([v.name for v in tf.global_variables("scope_2")])
print([v.name for v in tf.global_variables("scope_")])
