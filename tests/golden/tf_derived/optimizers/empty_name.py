# source: tensorflow/python/training/optimizer.py Optimizer.__init__ (if not name: raise ValueError("Must specify the optimizer name"))
# tf: 1.15
import tensorflow as tf
opt = tf.train.GradientDescentOptimizer(0.1, name="")
