# source: tensorflow/python/framework/ops_test.py OperationTest.testInvalidNames + tensorflow/python/framework/ops.py Operation.__init__ ("'%s' is not a valid node name") vs Graph.name_scope
# tf: 1.15
import tensorflow as tf

with tf.name_scope("s"):
    print(tf.constant(1.0, name="_x").op.name)
x = tf.constant(1.0)
try:
    tf.identity(x, name="_y")
except ValueError as e:
    print(e)
tf.constant(1.0, name="_x")
