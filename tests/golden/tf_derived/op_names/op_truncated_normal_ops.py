# source: tensorflow/python/ops/random_ops.py truncated_normal (shape, mean, stddev, TruncatedNormal, mul, add named like the scope)
# tf: 1.15
import tensorflow as tf

r = tf.truncated_normal([4], stddev=0.1, name="t")
print(r)
print([op.name for op in tf.get_default_graph().get_operations()])
