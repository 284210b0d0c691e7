# source: tensorflow/python/framework/ops.py Graph.name_scope (new_stack = self.unique_name(name)) + Graph._create_op_internal (name = self.unique_name(name))
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="blk")
with tf.name_scope("blk") as s:
    print(s)
with tf.name_scope("net") as s:
    print(s)
d = tf.constant(1.0, name="net")
print(c.op.name)
print(d.op.name)
