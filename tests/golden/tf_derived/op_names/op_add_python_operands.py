# source: tensorflow/python/framework/op_def_library.py _apply_op_helper (inputs converted inside name_scope(name) under the op-def input name) + tensorflow/python/ops/math_ops.py _OverrideBinaryOperatorHelper (name="y" / name="x")
# tf: 1.15
import tensorflow as tf

a = tf.constant(1.0)
s = tf.add(a, 2.0)
t = a + 2.0
u = 2.0 + a
print(s.name)
print(t.name)
print(u.name)
print([op.name for op in tf.get_default_graph().get_operations()])
