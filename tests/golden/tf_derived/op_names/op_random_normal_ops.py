# source: tensorflow/python/ops/random_ops.py random_normal (shape, mean, stddev, RandomStandardNormal, mul, then math_ops.add(mul, mean_tensor, name=name))
# tf: 1.15
import tensorflow as tf

r = tf.random_normal([2, 3])
print(r)
print([op.name for op in tf.get_default_graph().get_operations()])
