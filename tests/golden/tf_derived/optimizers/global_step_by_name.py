# source: tensorflow/python/training/training_util_test.py GlobalStepTest.test_get_global_step (a Variable named global_step is found by name 'global_step:0')
# tf: 1.15
import tensorflow as tf
print(tf.train.get_global_step())
v = tf.Variable(0, trainable=False, dtype=tf.int32, name=tf.GraphKeys.GLOBAL_STEP)
print(tf.train.get_global_step())
print(tf.train.get_or_create_global_step() is not None)
