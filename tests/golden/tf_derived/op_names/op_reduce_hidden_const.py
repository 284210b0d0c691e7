# source: tensorflow/python/ops/math_ops.py _ReductionDims (axis=None: constant_op.constant(np.arange(rank)) named "Const" in the caller's scope; explicit axis becomes <op>/reduction_indices)
# tf: 1.15
import tensorflow as tf

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
s = tf.reduce_sum(x)
m = tf.reduce_mean(x, axis=1)
c = tf.constant(0.0)
print(s.name)
print(m.name)
print(c.name)
print([op.name for op in tf.get_default_graph().get_operations()])
