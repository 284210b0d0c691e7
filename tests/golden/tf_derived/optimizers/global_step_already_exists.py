# source: tensorflow/python/training/training_util_test.py GlobalStepTest.test_create_global_step (assertRaisesRegexp(ValueError, 'already exists', training_util.create_global_step, g))
# tf: 1.15
import tensorflow as tf
tf.train.create_global_step()
tf.train.create_global_step()
