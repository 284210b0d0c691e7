# source: tensorflow/python/framework/ops.py Graph.name_scope (name[-1] == "/": new_stack = name_from_scope_name(name), no unique_name call)
# tf: 1.15
import tensorflow as tf

with tf.name_scope("foo/") as s:
    print(s)
    c = tf.constant(1.0)
with tf.name_scope("foo") as s2:
    print(s2)
    d = tf.constant(1.0)
print(c.op.name)
print(d.op.name)
