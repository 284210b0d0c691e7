# source: tensorflow/python/training/saver_test.py SaverTest.testAllowEmpty (saver_module.Saver(allow_empty=True) builds nothing)
# tf: 1.15
import tensorflow as tf
saver = tf.train.Saver(allow_empty=True)
print(saver.saver_def)
print(len(tf.get_default_graph().get_operations()))
