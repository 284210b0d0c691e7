# source: tensorflow/python/ops/init_ops.py Constant.__call__ (constant_op.constant_v1(self.value, dtype=dtype, shape=shape)) + tensorflow/python/ops/variables.py RefVariable._init_from_args
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [2], initializer=tf.constant_initializer(0.5))
print([op.name for op in tf.get_default_graph().get_operations()])
