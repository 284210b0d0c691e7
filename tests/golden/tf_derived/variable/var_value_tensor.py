# source: tensorflow/python/ops/variables.py RefVariable.value (returns the "read" Identity snapshot, dtype without _ref)
# tf: 1.15
import tensorflow as tf

v = tf.Variable([1.0, 2.0], name="v")
print(v.value())
print(v.dtype)
print(v.value().dtype)
print(v.shape)
