# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeDType (assertEqual(v.dtype.base_dtype, dtypes.float16))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("tower2") as tower:
    with tf.variable_scope("foo", dtype=tf.float16):
        v = tf.get_variable("v", [])
        with tf.variable_scope("bar"):
            u = tf.get_variable("u", [])
    with tf.variable_scope(tower, dtype=tf.float16):
        w = tf.get_variable("w", [])
print(repr(v))
print(u.dtype.base_dtype)
print(repr(w))
