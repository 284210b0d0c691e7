# source: tensorflow/python/training/training_util_test.py GlobalStepTest.test_invalid_shape (assertRaisesRegexp(TypeError, 'not scalar', training_util.get_global_step, g))
# tf: 1.15
import tensorflow as tf
tf.Variable([0], trainable=False, dtype=tf.int32, name=tf.GraphKeys.GLOBAL_STEP)
tf.train.get_global_step()
