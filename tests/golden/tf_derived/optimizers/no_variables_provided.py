# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (if not grads_and_vars: raise ValueError("No variables provided."))
# tf: 1.15
import tensorflow as tf
tf.train.GradientDescentOptimizer(3.0).apply_gradients([])
