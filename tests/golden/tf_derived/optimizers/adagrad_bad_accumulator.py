# source: tensorflow/python/training/adagrad.py AdagradOptimizer.__init__ (raise ValueError("initial_accumulator_value must be positive: %s" % initial_accumulator_value))
# tf: 1.15
import tensorflow as tf
opt = tf.train.AdagradOptimizer(0.1, initial_accumulator_value=0.0)
