# source: tensorflow/python/ops/math_ops.py _OverrideBinaryOperatorHelper(_add_dispatch, "add"), ("sub"), ("mul"), ("truediv") with ops.name_scope(None, op_name, [x, y])
# tf: 1.15
import tensorflow as tf

a = tf.constant(6.0)
b = tf.constant(3.0)
print((a - b).name)
print((a * b).name)
print((a / b).name)
print((a + b).name)
print((2.0 - a).name)
print([op.name for op in tf.get_default_graph().get_operations()])
