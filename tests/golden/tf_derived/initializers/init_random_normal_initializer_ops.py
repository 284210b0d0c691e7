# source: tensorflow/python/ops/init_ops.py RandomNormal.__call__ (random_ops.random_normal(shape, self.mean, self.stddev, dtype, seed=self.seed))
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [2, 2], initializer=tf.random_normal_initializer(stddev=0.1))
print([op.name for op in tf.get_default_graph().get_operations()])
