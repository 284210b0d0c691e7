# source: tensorflow/python/training/training_util_test.py GlobalStepTest.test_invalid_dtype (assertRaisesRegexp(TypeError, 'does not have integer type', training_util.get_global_step, g))
# tf: 1.15
import tensorflow as tf
tf.Variable(0.0, trainable=False, dtype=tf.float32, name=tf.GraphKeys.GLOBAL_STEP)
tf.train.get_global_step()
