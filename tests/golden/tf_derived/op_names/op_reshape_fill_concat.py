# source: tensorflow/python/framework/op_def_library.py _apply_op_helper (python inputs named <op>/<input_arg>: Reshape/shape, Fill/dims, Fill/value, concat/axis) + tensorflow/python/ops/array_ops.py concat (name="concat")
# tf: 1.15
import tensorflow as tf

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
r = tf.reshape(x, [4])
f = tf.fill([2, 3], 9.0)
c = tf.concat([x, x], 0)
print(r)
print(f)
print(c)
print([op.name for op in tf.get_default_graph().get_operations()])
