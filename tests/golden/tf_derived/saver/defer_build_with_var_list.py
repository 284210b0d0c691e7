# source: tensorflow/python/training/saver.py Saver.__init__ (if defer_build and var_list: raise ValueError("If `var_list` is provided then build cannot be deferred. ..."))
# tf: 1.15
import tensorflow as tf
v = tf.Variable(1.0, name="v")
tf.train.Saver([v], defer_build=True)
