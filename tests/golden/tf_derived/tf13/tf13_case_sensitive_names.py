# source: tensorflow/python/framework/ops.py (v1.3.0) Graph.unique_name (self._names_in_use.get(name, 0): no lower-casing before 1.9)
# tf: 1.3
import tensorflow as tf

a = tf.constant(1.0, name="foo")
b = tf.constant(1.0, name="Foo")
c = tf.constant(1.0, name="foo")
print(a.op.name, b.op.name, c.op.name)
with tf.name_scope("bar") as s1:
    print(s1)
with tf.name_scope("Bar") as s2:
    print(s2)
