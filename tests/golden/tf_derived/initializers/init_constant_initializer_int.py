# source: tensorflow/python/ops/init_ops.py Constant.__call__ + tensorflow/python/ops/variable_scope.py _get_single_variable (variable_dtype = dtype.base_dtype)
# tf: 1.15
import tensorflow as tf

i = tf.get_variable("i", [2], dtype=tf.int32, initializer=tf.constant_initializer(1))
print(repr(i))
