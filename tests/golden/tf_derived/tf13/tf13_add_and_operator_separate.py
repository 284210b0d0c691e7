# source: tensorflow/python/framework/ops.py (v1.3.0) Graph.unique_name (case-sensitive) + tensorflow/python/ops/math_ops.py (v1.3.0) _OverrideBinaryOperatorHelper(gen_math_ops.add, "add")
# tf: 1.3
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0)
print(tf.add(a, b).name)
print((a + b).name)
print(tf.multiply(a, b).name)
print((a * b).name)
print(repr((a + b).op))
