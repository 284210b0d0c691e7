# source: tensorflow/python/ops/math_ops.py _add_dispatch (fwd_compat.forward_compatible(2019, 6, 25) -> gen_math_ops.add_v2) + tensorflow/python/framework/ops.py Operation.__repr__
# tf: 1.15
# note: 1.15 has _FORWARD_COMPATIBILITY_HORIZON = 2019-08-21, so operator + builds AddV2 while tf.add is the Add wrapper
import tensorflow as tf

a = tf.constant(1.0)
b = tf.constant(2.0)
print(repr(tf.add(a, b).op))
print(repr((a + b).op))
print(repr((a * b).op))
print(repr((a - b).op))
print(repr((a / b).op))
print(repr(a.op))
