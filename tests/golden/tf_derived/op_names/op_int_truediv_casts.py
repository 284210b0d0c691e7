# source: tensorflow/python/ops/math_ops.py _truediv_python3 (int32 inputs are cast to float64 inside the truediv scope) + cast (name_scope(name, "Cast"))
# tf: 1.15
import tensorflow as tf

a = tf.constant(6)
b = tf.constant(4)
q = a / b
print(q)
print([op.name for op in tf.get_default_graph().get_operations()])
