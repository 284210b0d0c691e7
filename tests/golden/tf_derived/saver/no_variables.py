# source: tensorflow/python/training/saver.py Saver._build (if not self._var_list: raise ValueError("No variables to save"))
# tf: 1.15
import tensorflow as tf
tf.constant(1.0)
tf.train.Saver()
