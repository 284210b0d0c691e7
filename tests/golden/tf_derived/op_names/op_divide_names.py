# source: tensorflow/python/ops/math_ops.py divide (x / y, or DivideDelegateWithName(x, name) / y) + _truediv_python3 (name_scope(name, "truediv"))
# tf: 1.15
import tensorflow as tf

a = tf.constant(6.0)
b = tf.constant(3.0)
print(tf.divide(a, b).name)
print(tf.divide(a, b, name="ratio").name)
print(tf.divide(a, 2.0).name)
print([op.name for op in tf.get_default_graph().get_operations()])
