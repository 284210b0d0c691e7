# source: tensorflow/python/ops/array_ops.py split (size_splits = ops.convert_to_tensor(num_or_size_splits) before gen_array_ops.split(axis=axis, ..., name="split"))
# tf: 1.15
import tensorflow as tf

v = tf.constant([[1, 2], [3, 4]])
a, b = tf.split(v, 2)
c = tf.constant(0)
print(a.name, b.name)
print(c.name)
print([op.name for op in tf.get_default_graph().get_operations()])
