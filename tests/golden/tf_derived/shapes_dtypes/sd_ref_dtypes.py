# source: tensorflow/python/framework/dtypes.py DType.base_dtype / name ("_ref" suffix for reference types) + tensorflow/python/ops/variables.py RefVariable.dtype
# tf: 1.15
import tensorflow as tf

v = tf.Variable(1.0)
print(v.dtype)
print(repr(v.dtype))
print(v.dtype.base_dtype)
print(v.dtype.name)
print(v.value().dtype)
