# source: tensorflow/python/training/training_util_test.py GlobalStepTest._assert_global_step (self.assertEqual('%s:0' % ops.GraphKeys.GLOBAL_STEP, global_step.name))
# tf: 1.15
import tensorflow as tf
global_step = tf.train.get_or_create_global_step()
print(global_step.name)
print(global_step.dtype, global_step.shape)
print(global_step.trainable)
print(tf.get_collection(tf.GraphKeys.GLOBAL_STEP) == [global_step])
print(tf.train.get_global_step() is global_step)
print(tf.train.get_or_create_global_step() is global_step)
print([op.name for op in tf.get_default_graph().get_operations()])
