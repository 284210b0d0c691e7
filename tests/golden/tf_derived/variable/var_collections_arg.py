# source: tensorflow/python/kernel_tests/variables_test.py VariablesTestCase.testCollections (assertEqual([var_x, var_y, var_z, var_t], global_variables()), assertEqual([var_x, var_z, var_t], trainable_variables()))
# tf: 1.15
import tensorflow as tf

var_x = tf.Variable(2.0)
var_y = tf.Variable(2.0, trainable=False)
var_z = tf.Variable(2.0, trainable=True)
var_t = tf.Variable(2.0, trainable=True,
                    collections=[tf.GraphKeys.TRAINABLE_VARIABLES,
                                 tf.GraphKeys.GLOBAL_VARIABLES])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
