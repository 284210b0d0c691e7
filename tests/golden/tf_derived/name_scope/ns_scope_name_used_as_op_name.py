# source: tensorflow/python/framework/ops_test.py NameTest.testNameScope (assertEqual("bar", g.create_op(..., name=scope).name)) + tensorflow/python/framework/op_def_library.py _apply_op_helper
# tf: 1.15
import tensorflow as tf

x = tf.constant(1.0)
with tf.name_scope("out") as scope:
    y = tf.identity(x, name=scope)
    z = tf.identity(x)
print(y.name)
print(z.name)
