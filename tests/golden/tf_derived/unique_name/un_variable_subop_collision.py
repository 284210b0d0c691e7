# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (identity(..., name="read") under the variable's scope) + tensorflow/python/framework/ops.py Graph.unique_name
# tf: 1.15
import tensorflow as tf

v = tf.Variable(1.0, name="x")
c = tf.constant(1.0, name="x")
d = tf.constant(1.0, name="x/read")
e = tf.constant(1.0, name="x/Assign")
print(v.name)
print(c.op.name)
print(d.op.name)
print(e.op.name)
