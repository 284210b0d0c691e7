# source: tensorflow/python/ops/init_ops.py TruncatedNormal.__call__ (random_ops.truncated_normal(shape, self.mean, self.stddev, dtype, seed=self.seed))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("layer"):
    w = tf.get_variable("w", [3], initializer=tf.truncated_normal_initializer(stddev=0.02))
print([op.name for op in tf.get_default_graph().get_operations()])
print(w.name)
