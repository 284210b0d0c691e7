# source: tensorflow/python/framework/op_def_library.py _apply_op_helper (python operand converted under "<scope>/Add/y")
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [2], name="x")
with tf.name_scope("layer"):
    y = tf.add(x, 1.0)
    z = tf.add(y, 1.0)
print([op.name for op in tf.get_default_graph().get_operations()])
