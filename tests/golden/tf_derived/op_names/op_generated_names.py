# source: tensorflow/python/framework/ops_test.py NameTest.testGenerateName (second op of a type gets _1, explicit name used as given, outputs are <op>:<index>)
# tf: 1.15
import tensorflow as tf

a = tf.placeholder(tf.float32)
b = tf.placeholder(tf.float32)
c = tf.placeholder(tf.float32, name="my_op")
print(a.op.name, a.name)
print(b.op.name, b.name)
print(c.op.name, c.name)
