# source: tensorflow/python/ops/init_ops.py GlorotUniform (VarianceScaling distribution="uniform" -> random_ops.random_uniform)
# tf: 1.15
import tensorflow as tf

k = tf.get_variable("k", [4, 4], initializer=tf.glorot_uniform_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
