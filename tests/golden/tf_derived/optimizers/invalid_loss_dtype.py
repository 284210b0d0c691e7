# source: tensorflow/python/training/optimizer.py Optimizer._assert_valid_dtypes ("Invalid type %r for %s, expected: %s.")
# tf: 1.15
# note: [v for v in valid_dtypes] iterates a set of DTypes hashed by type enum (float32=1, float64=2, float16=19, bfloat16=14)
import tensorflow as tf
w = tf.Variable(3, name="w")
loss = w * 2
tf.train.GradientDescentOptimizer(0.1).minimize(loss)
